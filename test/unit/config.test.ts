import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

describe('config', () => {
  it('has working defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 4000, DATA_DIR: './.data', ACCORD_REQUIRE_AUTH: false });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable at once', () => {
    try {
      parseConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://db/accord',
        ACCORD_ADMIN_KEY: 'short',
        ACCORD_REQUIRE_AUTH: 'yes',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT="eighty"/);
      expect(message).toMatch(/DATABASE_URL="mysql:\/\/db\/accord": must be a postgres/);
      expect(message).toMatch(/ACCORD_ADMIN_KEY/);
      expect(message).toMatch(/ACCORD_REQUIRE_AUTH/);
    }
  });

  it.each([['70000'], ['-1'], ['4.5']])('refuses PORT=%s', (port) => {
    expect(() => parseConfig({ PORT: port })).toThrow(/PORT/);
  });

  it('reads booleans and a postgres URL', () => {
    const config = parseConfig({ ACCORD_REQUIRE_AUTH: 'true', DATABASE_URL: 'postgresql://u:p@h:5432/d' });
    expect(config.ACCORD_REQUIRE_AUTH).toBe(true);
    expect(config.DATABASE_URL).toBe('postgresql://u:p@h:5432/d');
  });

  it('reads read replicas and WEB_CONCURRENCY', () => {
    expect(parseConfig({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(parseConfig({}).WEB_CONCURRENCY).toBe(1);
    const config = parseConfig({
      DATABASE_REPLICA_URLS: 'postgres://u:p@r1/d, postgres://u:p@r2/d',
      WEB_CONCURRENCY: '3',
    });
    expect(config.DATABASE_REPLICA_URLS).toEqual(['postgres://u:p@r1/d', 'postgres://u:p@r2/d']);
    expect(config.WEB_CONCURRENCY).toBe(3);
    expect(() => parseConfig({ DATABASE_REPLICA_URLS: 'postgres://u:p@r1/d,mysql://r2/d' })).toThrow(
      /DATABASE_REPLICA_URLS=.*comma-separated postgres/,
    );
    expect(() => parseConfig({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY="0": must be at least 1/);
  });

  it('reads ACCORD_TRUST_PROXY as express understands it', () => {
    expect(parseConfig({}).ACCORD_TRUST_PROXY).toBe(false);
    expect(parseConfig({ ACCORD_TRUST_PROXY: '1' }).ACCORD_TRUST_PROXY).toBe(1);
    expect(parseConfig({ ACCORD_TRUST_PROXY: 'true' }).ACCORD_TRUST_PROXY).toBe(true);
    expect(parseConfig({ ACCORD_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).ACCORD_TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
  });

  it('reads ACCORD_CORS_ORIGINS: * by default, none, or a list of origins', () => {
    expect(parseConfig({}).ACCORD_CORS_ORIGINS).toBe('*');
    expect(parseConfig({ ACCORD_CORS_ORIGINS: 'none' }).ACCORD_CORS_ORIGINS).toBe('none');
    expect(parseConfig({ ACCORD_CORS_ORIGINS: '' }).ACCORD_CORS_ORIGINS).toBe('none');
    expect(
      parseConfig({ ACCORD_CORS_ORIGINS: 'https://app.example.org, http://localhost:5173/' }).ACCORD_CORS_ORIGINS,
    ).toEqual(['https://app.example.org', 'http://localhost:5173']);
  });

  it.each([['app.example.org'], ['https://app.example.org/path'], ['ftp://files.example.org']])(
    'refuses ACCORD_CORS_ORIGINS=%s',
    (value) => {
      expect(() => parseConfig({ ACCORD_CORS_ORIGINS: value })).toThrow(/ACCORD_CORS_ORIGINS=.*is not an origin/);
    },
  );
});
