import { version } from '../../package.json' with { type: 'json' };

/** The app's version, from package.json: names the store's migrations and shows in the UI. */
export const APP_VERSION: string = version;
