// The bank's enumerations are defined once, in its schema. QuestionKind and Language are also
// Prisma enums (the database's columns); this test is what keeps the two definitions one.
import { Language as PrismaLanguage, QuestionKind as PrismaQuestionKind } from '@prisma/client';
import { difficultySchema, langSchema, languageSchema, questionKindSchema } from '../src/schema';
import { Difficulty, Lang, Language, QuestionKind } from '../src/types';

describe('enumerations', () => {
  it('QuestionKind and Language equal the Prisma enums', () => {
    expect(questionKindSchema.options).toEqual(Object.values(PrismaQuestionKind));
    expect(languageSchema.options).toEqual(Object.values(PrismaLanguage));
    expect(QuestionKind).toEqual(PrismaQuestionKind);
    expect(Language).toEqual(PrismaLanguage);
  });

  it('give each value as a name-to-value object, as GraphQL enums need', () => {
    expect(Lang).toEqual({ ZH: 'ZH', EN: 'EN' });
    expect(Difficulty).toEqual({ EASY: 'EASY', MEDIUM: 'MEDIUM', HARD: 'HARD' });
    expect(langSchema.safeParse('FR').success).toBe(false);
    expect(difficultySchema.safeParse('MEDIUM').success).toBe(true);
  });
});
