// The core that every algorithm group builds on. See each module's header for details.
export * from './algorithm'; // Algorithm interface, InvalidInputError
export * from './json'; // contract JSON: non-finite numbers as strings
export * from './validate'; // fields(), Dims, parseTensor, matchShape, MAX_ELEMENTS ...
export * from './ndarray'; // toNested, toTf, fromTf
export * from './backend'; // ensureBackend, selectBackend
export * from './compare'; // compareOutputs: agreement at the contract's tolerance
