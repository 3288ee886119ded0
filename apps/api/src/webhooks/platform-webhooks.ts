// The webhook contract lives in libs/platform/src/webhooks (the judge workers emit events too).
// Until `@app/platform`'s index re-exports it, the API reaches it through this one file;
// afterwards this becomes `export * from '@app/platform'` or disappears.
export * from '../../../../libs/platform/src/webhooks';
