import * as migration_20261203_172540_initial from './20261203_172540_initial';
import * as migration_20261203_180612_content_media from './20261203_180612_content_media';
import * as migration_20261203_183912_panoramas_models_audio from './20261203_183912_panoramas_models_audio';

export const migrations = [
  {
    up: migration_20261203_172540_initial.up,
    down: migration_20261203_172540_initial.down,
    name: '20261203_172540_initial',
  },
  {
    up: migration_20261203_180612_content_media.up,
    down: migration_20261203_180612_content_media.down,
    name: '20261203_180612_content_media',
  },
  {
    up: migration_20261203_183912_panoramas_models_audio.up,
    down: migration_20261203_183912_panoramas_models_audio.down,
    name: '20261203_183912_panoramas_models_audio'
  },
];
