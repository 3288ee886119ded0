// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient declaration file, not a module: `import` cannot bring it in
/// <reference path="../../../../libs/reference/src/tasks/mnist.d.ts" />
// Adapter: the training tasks of libs/reference. @app/reference's index does not export
// `tasks` yet, so they are imported by path here, in one place; when the index exports them,
// only this file changes (`export { getTask, barScore } from '@app/reference'`). The reference
// line brings the tasks' declaration of the untyped `mnist` package into this project.
export { getTask, barScore, type Dataset, type Matrix, type TaskDefinition, type TaskScore } from '../../../../libs/reference/src/tasks';
