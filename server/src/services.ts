import type { Config } from './config.js';
import { AuthService } from './modules/account/auth.service.js';
import { HubService } from './modules/hub/hub.service.js';
import { ReferenceService } from './modules/reference/reference.service.js';

/** The application's services, made once per server and reached from the resolver context. */
export type Services = {
  auth: AuthService;
  hub: HubService;
  reference: ReferenceService;
};

export function createServices(config: Config): Services {
  const auth = new AuthService(config);
  return { auth, hub: new HubService(auth), reference: new ReferenceService() };
}
