import type { BlobStore } from './blob-store.js';
import { LocalBlobStore, type LocalBlobStoreOptions } from './local.js';
import { S3BlobStore, type S3BlobStoreOptions } from './s3.js';

export * from './blob-store.js';
export { LocalBlobStore, type LocalBlobStoreOptions } from './local.js';
export { S3BlobStore, type S3BlobStoreOptions } from './s3.js';

/** Which blob store to use and its options: a local folder (the default) or an S3-compatible bucket. */
export type BlobStoreConfig =
  ({ kind: 'local' } & LocalBlobStoreOptions) | ({ kind: 's3' } & S3BlobStoreOptions);

/** The blob store that `config` describes. */
export function createBlobStore(config: BlobStoreConfig): BlobStore {
  switch (config.kind) {
    case 'local':
      return new LocalBlobStore(config.dir);
    case 's3': {
      const { kind: _kind, ...options } = config;
      return new S3BlobStore(options);
    }
  }
}
