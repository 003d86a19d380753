import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `npm start`'s entry point with `env` and collects how it ends. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('configuration is validated at start', () => {
  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty": must be a port number/],
    [{ DATABASE_URL: 'mysql://localhost/accord' }, /DATABASE_URL=.*must be a postgres/],
    [{ ACCORD_REQUIRE_AUTH: 'maybe' }, /ACCORD_REQUIRE_AUTH/],
  ])('%j stops the process with a message naming the variable', async (env, message) => {
    const result = await start(env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\.env\.example/);
  });
});
