export * from './html.js';
export * from './requests.js';
