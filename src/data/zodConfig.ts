/**
 * zod compiles fast parsers with `new Function` when it can, probing first. Under the site's
 * Content Security Policy (no 'unsafe-eval') the probe is caught, but Chromium still reports
 * a `securitypolicyviolation` for it. Jitless mode never probes. Import this module before
 * any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
