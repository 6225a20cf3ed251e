export * from './git-store.js';
