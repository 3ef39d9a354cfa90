import ElectronStore from 'electron-store';
import type { ConfLike, ConfOptions } from '../core/store/conf.like';
import type { StoreData } from '../core/store/store.schema';

/** electron-store takes conf's options, but names the file `name` and reads the version from the app itself. */
export function createElectronStore(options: ConfOptions<StoreData>): ConfLike<StoreData> {
  const {
    projectName: _projectName,
    projectVersion: _projectVersion,
    configName,
    migrations,
    ...rest
  } = options;
  return new ElectronStore<StoreData>({
    ...rest,
    name: configName,
    migrations: migrations as unknown as NonNullable<
      ConstructorParameters<typeof ElectronStore<StoreData>>[0]
    >['migrations'],
  }) as ConfLike<StoreData>;
}
