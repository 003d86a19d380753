import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One write: who (key name), what (action and target), when, and the row before and after. */
@Entity()
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Index()
  @Column({ type: 'text' })
  who!: string;

  /** e.g. "ingestArticles", "updateOrganization", "mergePeople". */
  @Index()
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', nullable: true })
  entityType!: string | null;

  @Column({ type: 'int', nullable: true })
  entityId!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
