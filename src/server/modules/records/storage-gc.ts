import fs from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { BlobStore } from '../../platform/storage/blob-store.js';
import { recordRepository as repo } from './record.repository.js';

/** What gc found: a blob no row refers to, a temporary file of an unfinished put, an abandoned tus upload. */
export type GcItem = {
  kind: 'blob' | 'temporary' | 'upload';
  name: string;
  size: number;
  modifiedAt: string;
};

/** A module whose rows refer to blobs: gc never removes what it names. */
export type BlobReferences = {
  blobHashes(): Promise<Set<string>>;
  blobReferenced(sha256: string): Promise<boolean>;
};

export type GcResult = { dryRun: boolean; removed: GcItem[]; bytes: number };

export type GcOptions = {
  /** List only (`sanxiang gc --dry-run`). */
  dryRun: boolean;
  /** Nothing younger than this is touched: a put or an upload in progress, a blob whose row is being written. */
  graceMs: number;
  /** Which kinds to collect; all by default (the hourly sweep leaves blobs to the operator). */
  kinds?: GcItem['kind'][];
};

/** The grace period of `sanxiang gc` when none is given: a day, longer than any upload takes. */
export const DEFAULT_GC_GRACE_MS = 24 * 60 * 60_000;

/**
 * Storage garbage collection (issue 12): blobs referenced by no recording, temporary files left by a
 * crashed put, and tus uploads abandoned in DATA_DIR/uploads (their chunks and `.json` info), each only
 * when older than the grace period. Before removing a blob it checks again that no row refers to it
 * and that it was not stored again meanwhile (a second put of the same bytes makes it young).
 */
export class StorageGc {
  constructor(
    private readonly db: Db,
    private readonly blobs: BlobStore,
    private readonly uploadsDir: string,
    private readonly clock: Clock,
    /** Other modules whose rows refer to blobs (through their services). */
    private readonly others: readonly BlobReferences[] = [],
  ) {}

  private async referenced(): Promise<Set<string>> {
    const all = await repo.blobHashes(this.db);
    for (const o of this.others) for (const sha of await o.blobHashes()) all.add(sha);
    return all;
  }

  private async stillReferenced(sha256: string): Promise<boolean> {
    if (await repo.blobReferenced(this.db, sha256)) return true;
    for (const o of this.others) if (await o.blobReferenced(sha256)) return true;
    return false;
  }

  async run(options: GcOptions, report: (item: GcItem) => void = () => undefined): Promise<GcResult> {
    const cutoff = this.clock().getTime() - options.graceMs;
    const kinds = new Set(options.kinds ?? ['blob', 'temporary', 'upload']);
    const removed: GcItem[] = [];
    const take = (item: GcItem) => {
      removed.push(item);
      report(item);
    };
    if (kinds.has('blob')) {
      const referenced = await this.referenced();
      for await (const o of this.blobs.listStored('blobs')) {
        if (referenced.has(o.name) || o.modifiedAt.getTime() > cutoff) continue;
        if (!options.dryRun && !(await this.removeBlob(o.name, cutoff))) continue;
        take({ kind: 'blob', name: o.name, size: o.size, modifiedAt: o.modifiedAt.toISOString() });
      }
    }
    if (kinds.has('temporary')) {
      for await (const o of this.blobs.listStored('tmp')) {
        if (o.modifiedAt.getTime() > cutoff) continue;
        if (!options.dryRun) await this.blobs.removeStored('tmp', o.name);
        take({ kind: 'temporary', name: o.name, size: o.size, modifiedAt: o.modifiedAt.toISOString() });
      }
    }
    if (kinds.has('upload'))
      for (const item of await this.abandonedUploads(cutoff, options.dryRun)) take(item);
    return { dryRun: options.dryRun, removed, bytes: removed.reduce((sum, i) => sum + i.size, 0) };
  }

  /** Removes a blob after checking again, just before, that it is unreferenced and still old. */
  private async removeBlob(sha256: string, cutoff: number): Promise<boolean> {
    if (await this.stillReferenced(sha256)) return false;
    const now = await this.blobs.stat(sha256);
    if (!now || now.modifiedAt.getTime() > cutoff) return false;
    await this.blobs.removeStored('blobs', sha256);
    return true;
  }

  /** tus uploads whose chunk file and info were last changed before the cutoff (never finished, or refused at the end). */
  private async abandonedUploads(cutoff: number, dryRun: boolean): Promise<GcItem[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.uploadsDir);
    } catch {
      return [];
    }
    const items: GcItem[] = [];
    const ids = new Set(names.map((n) => n.replace(/\.json$/, '')));
    for (const id of ids) {
      const files = [id, `${id}.json`]
        .filter((f) => names.includes(f))
        .map((f) => path.join(this.uploadsDir, f));
      const stats = await Promise.all(files.map((f) => fs.stat(f)));
      if (stats.some((s) => !s.isFile() || s.mtime.getTime() > cutoff)) continue;
      if (!dryRun) await Promise.all(files.map((f) => fs.rm(f, { force: true })));
      const newest = Math.max(...stats.map((s) => s.mtime.getTime()));
      items.push({
        kind: 'upload',
        name: id,
        size: stats.reduce((sum, s) => sum + s.size, 0),
        modifiedAt: new Date(newest).toISOString(),
      });
    }
    return items;
  }
}
