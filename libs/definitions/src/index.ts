// Things defined once and shared by the apps and the other libs: verdicts, languages, limits,
// training bars. Pure data and types, no dependencies, so every project may import it.
export * from './verdicts';
export * from './languages';
export * from './limits';
export * from './training';
