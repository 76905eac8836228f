/** `@zkdeploy/shared/payload`: the payload, its one schema (precompiled validator) and its signature. */
export * from './payload.js';
export * from './payload-schema.js';
export * from './payload-signature.js';
