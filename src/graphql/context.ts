import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { LiveListener } from '../db/listener.js';
import type { Loaders } from './loaders.js';

export type Role = 'reader' | 'editor' | 'admin';

export interface Caller {
  /** Key name, recorded in the audit log. */
  name: string;
  role: Role;
}

export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  caller: Caller | null;
  log: Logger;
  /** Set for operations over WebSockets: where subscriptions read their events. */
  live?: LiveListener;
}
