import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseNode } from '../common/node.js';

@ObjectType({ implements: BaseNode, description: 'An ISO 3166-1 country; all of them are preloaded.' })
@Entity()
export class Country extends BaseNode {
  static override readonly nodeType = 'Country' as const;

  @Field({ description: 'Common English name, e.g. "Russia".' })
  @Index()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'e.g. "Russian Federation".' })
  @Column({ type: 'text' })
  officialName!: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. "TJ".' })
  @Index({ unique: true })
  @Column({ type: 'char', length: 2 })
  iso2!: string;

  @Field({ description: 'ISO 3166-1 alpha-3, e.g. "TJK".' })
  @Index({ unique: true })
  @Column({ type: 'char', length: 3 })
  iso3!: string;

  @Field({ description: 'e.g. "Asia".' })
  @Column({ type: 'text' })
  region!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "Central Asia".' })
  @Column({ type: 'text', nullable: true })
  subregion!: string | null;

  @Field(() => [String], { description: 'e.g. ["Tadzhik"]' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  demonyms!: string[];

  @Field(() => [String], { description: 'Other names and spellings, e.g. "Kyrgyz Republic".' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];
}
