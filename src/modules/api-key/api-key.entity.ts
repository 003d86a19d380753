import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const API_KEY_ROLES = ['reader', 'editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** An API key. Only a SHA-256 of the secret is stored: a leaked table leaks no key. */
@Entity()
export class ApiKey {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: API_KEY_ROLES, enumName: 'api_key_role' })
  role!: ApiKeyRole;

  /** hex SHA-256 of the secret; secrets are 256 random bits, so a fast hash is enough. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  secretHash!: string;

  /** The first characters of the secret, to tell keys apart in `keys list`. */
  @Column({ type: 'text' })
  prefix!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
