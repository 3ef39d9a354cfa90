import Conf from 'conf';
import type { ConfLike, ConfOptions } from './conf.like';
import type { StoreData } from './store.schema';

/** The settings store outside Electron (the headless host, tests and the bench): plain `conf`. */
export const createNodeConf = (options: ConfOptions<StoreData>): ConfLike<StoreData> =>
  new Conf<StoreData>(options) as ConfLike<StoreData>;
