// Adapter: the training tasks of libs/reference, in the names the judge uses.
import { tasks } from '@app/reference';

export const getTask = tasks.getTask;
export const barScore = tasks.barScore;
export type Dataset = tasks.Dataset;
export type Matrix = tasks.Matrix;
export type TaskDefinition = tasks.TaskDefinition;
export type TaskScore = tasks.TaskScore;
