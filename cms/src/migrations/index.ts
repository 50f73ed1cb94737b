import * as migration_20261203_172540_initial from './20261203_172540_initial';

export const migrations = [
  {
    up: migration_20261203_172540_initial.up,
    down: migration_20261203_172540_initial.down,
    name: '20261203_172540_initial'
  },
];
