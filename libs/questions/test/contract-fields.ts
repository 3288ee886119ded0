// The input fields of every algorithm, copied by hand from shared/contracts/reference-algorithms.md
// (required fields, then optional ones). Tests use this table, which is independent of the
// question definitions, to check both the candidate signatures and the generated inputs while
// the reference library has not registered an algorithm yet.

export interface ContractFields {
  required: string[];
  optional: string[];
  /** Alternative forms (e.g. BLEU's corpus form, perplexity's log_probs form). */
  alternatives?: { required: string[]; optional: string[] }[];
}

const f = (required: string[], optional: string[] = [], alternatives?: ContractFields['alternatives']): ContractFields => ({
  required,
  optional,
  alternatives,
});

const MHA_WEIGHTS = ['wq', 'bq', 'wk', 'bk', 'wv', 'bv', 'wo', 'bo'];
const RECSYS_TABLES = ['user_table', 'item_table', 'w', 'b'];

export const CONTRACT_FIELDS: Record<string, ContractFields> = {
  'nn.forward_2layer': f(['x', 'w1', 'b1', 'w2', 'b2']),
  'nn.backward_2layer': f(['x', 'w1', 'b1', 'w2', 'b2', 'y_true']),
  'nn.mlp_forward': f(['x', 'layers']),
  'nn.activation': f(['name', 'x'], ['axis']),
  'nn.cross_entropy': f(['logits', 'labels'], ['label_smoothing']),
  'layers.embedding': f(['ids', 'table']),
  'layers.layer_norm': f(['x', 'gamma', 'beta'], ['eps']),
  'layers.conv2d': f(['x', 'weight'], ['bias', 'stride', 'padding']),
  'layers.max_pool2d': f(['x', 'kernel'], ['stride']),
  'layers.lstm': f(['x', 'w_ih', 'w_hh', 'b_ih', 'b_hh'], ['h0', 'c0']),
  'layers.dropout': f(['x', 'p', 'u']),
  'attention.scaled_dot_product': f(['q', 'k', 'v'], ['mask', 'causal']),
  'attention.multi_head': f(['query', 'key', 'value', 'num_heads', ...MHA_WEIGHTS], ['mask', 'causal']),
  'transformer.positional_encoding': f(['length', 'd_model']),
  'transformer.encoder_layer': f(
    ['x', 'num_heads', 'attention', 'norm1', 'ffn', 'norm2'],
    ['eps', 'norm_first', 'mask', 'causal'],
  ),
  'metrics.classification': f(['y_true', 'y_pred'], ['average', 'pos_label']),
  'metrics.roc_auc': f(['y_true', 'y_score'], ['average', 'multi_class']),
  'metrics.regression': f(['y_true', 'y_pred']),
  'metrics.bleu': f(['references', 'hypothesis'], ['weights', 'smoothing'], [
    { required: ['list_of_references', 'hypotheses'], optional: ['weights', 'smoothing'] },
  ]),
  'metrics.perplexity': f(['logits', 'targets'], [], [{ required: ['log_probs'], optional: [] }]),
  'text.tfidf': f(['corpus']),
  'data.clean': f(['rows']),
  'data.min_max_scale': f(['x'], ['feature_range']),
  'data.standardize': f(['x']),
  'data.split': f(['rows'], ['train_fraction']),
  'data.time_windows': f(['series', 'n_steps']),
  'data.sliding_window': f(['ids', 'max_length', 'stride']),
  'data.mlm_mask': f(['ids', 'special', 'vocab_size', 'mask_id', 'u_select', 'u_action', 'random_ids'], ['prob']),
  'optim.run': f(['optimizer', 'params', 'grads', 'lr'], ['momentum', 'nesterov', 'alpha', 'betas', 'eps', 'weight_decay']),
  'regularization.penalty': f(['weights'], ['l1', 'l2']),
  'training.early_stopping': f(['values', 'patience'], ['min_delta', 'mode']),
  'training.distillation_loss': f(['student_logits', 'teacher_logits', 'labels'], ['temperature', 'alpha']),
  'training.multitask_loss': f(['losses', 'weights']),
  'training.grad_scaler': f(['steps'], ['init_scale', 'growth_factor', 'backoff_factor', 'growth_interval']),
  'numeric.float16': f(['x']),
  'parallel.data_parallel_sgd': f(['params', 'worker_grads', 'lr']),
  'ensemble.combine': f(['method', 'predictions'], ['weights']),
  'compress.quantize': f(['x', 'dtype', 'scheme']),
  'compress.prune': f(['tensors', 'amount', 'scope']),
  'augment.crop': f(['image', 'top', 'left', 'height', 'width']),
  'augment.rot90': f(['image', 'k']),
  'augment.flip': f(['image'], ['axis']),
  'augment.rotate': f(['image', 'angle'], ['center', 'scale', 'interpolation']),
  'augment.noise': f(['image', 'z'], ['mean', 'stddev', 'clip']),
  'detection.iou': f(['boxes_a', 'boxes_b']),
  'detection.nms': f(['boxes', 'scores', 'iou_threshold']),
  'explain.shapley': f(['n_features', 'values']),
  'explain.linear_shap': f(['weights', 'bias', 'x', 'background']),
  'generate.decode': f(
    ['logits', 'start_id', 'eos_id', 'max_new_tokens', 'strategy', 'u'],
    ['k', 'p', 'temperature'],
  ),
  'recsys.score': f([...RECSYS_TABLES, 'user_ids', 'item_ids']),
  'recsys.top_k': f([...RECSYS_TABLES, 'user_id', 'k'], ['exclude']),
};

/** The contract's four training tasks. */
export const CONTRACT_TASK_IDS = ['task.mnist_mlp', 'task.image_cnn', 'task.timeseries_lstm', 'task.distill_student'];

/** Every id of the contract: 51 algorithms and 4 training tasks. */
export const CONTRACT_IDS = [...Object.keys(CONTRACT_FIELDS), ...CONTRACT_TASK_IDS];
