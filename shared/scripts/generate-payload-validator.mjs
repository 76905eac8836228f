#!/usr/bin/env node
// Writes src/payload/payload-validator.generated.ts from the payload schema (run `pnpm build` first).
import { writeFileSync } from 'node:fs';
import { payloadValidatorSource } from '../dist/payload/payload-validator-source.js';

writeFileSync(new URL('../src/payload/payload-validator.generated.ts', import.meta.url), payloadValidatorSource());
