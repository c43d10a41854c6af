import { RENDERER_CSP } from '../../shared/security/csp';

/** The app:// responses carry the same policy as the web host: one definition, in shared/. */
export const CONTENT_SECURITY_POLICY = RENDERER_CSP;
