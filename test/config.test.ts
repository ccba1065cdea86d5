import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.ts';
import { runCommand } from './support/run.ts';

describe('configuration', () => {
  it('applies defaults for a minimal environment', () => {
    const c = parseConfig({});
    expect(c.DATA_FILE).toBe('data/leerdam.json');
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.MODERATOR_ROLE_IDS).toEqual([]);
    expect(c.CACHE_URL).toBeUndefined();
    expect(c.CACHE_TIMEOUT_MS).toBe(200);
  });

  it('reads CACHE_TIMEOUT_MS as a whole number of milliseconds within bounds', () => {
    expect(parseConfig({ CACHE_TIMEOUT_MS: '1500' }).CACHE_TIMEOUT_MS).toBe(1500);
    expect(() => parseConfig({ CACHE_TIMEOUT_MS: '0' })).toThrow(/CACHE_TIMEOUT_MS/);
    expect(() => parseConfig({ CACHE_TIMEOUT_MS: 'fast' })).toThrow(/CACHE_TIMEOUT_MS/);
  });

  it('parses lists and treats empty values as unset', () => {
    const c = parseConfig({
      MODERATOR_ROLE_IDS: '123456789012345678, 223456789012345678',
      CACHE_URL: '',
      DISCORD_GUILD_ID: ' ',
    });
    expect(c.MODERATOR_ROLE_IDS).toEqual(['123456789012345678', '223456789012345678']);
    expect(c.CACHE_URL).toBeUndefined();
    expect(c.DISCORD_GUILD_ID).toBeUndefined();
  });

  it('reports every bad value with its name and what is expected', () => {
    try {
      parseConfig({
        DISCORD_CLIENT_ID: 'abc',
        CACHE_URL: 'memcached://x',
        LOG_LEVEL: 'loud',
        DISCORD_API_URL: 'not a url',
        MODERATOR_ROLE_IDS: '12,x',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/DISCORD_CLIENT_ID: must be a Discord id/);
      expect(problems).toMatch(/CACHE_URL: must be unset \(in-memory cache\) or a redis:\/\//);
      expect(problems).toMatch(/LOG_LEVEL: /);
      expect(problems).toMatch(/DISCORD_API_URL: /);
      expect(problems).toMatch(/MODERATOR_ROLE_IDS\.0: must be a Discord id/);
    }
  });

  it('reads the HTTP mode, health and metrics settings, and reports each bad one by name', () => {
    const key = 'ab'.repeat(32);
    const c = parseConfig({
      DISCORD_PUBLIC_KEY: key,
      METRICS_PORT: '9100',
      REDIS_REQUIRED: 'yes',
      CACHE_URL: 'redis://r:6379',
    });
    expect(c).toMatchObject({
      DISCORD_PUBLIC_KEY: key,
      HTTP_PORT: 8080,
      HTTP_HOST: '0.0.0.0',
      METRICS_PORT: 9100,
      REDIS_REQUIRED: true,
    });
    expect(parseConfig({}).REDIS_REQUIRED).toBe(false);
    expect(parseConfig({}).METRICS_PORT).toBeUndefined();
    try {
      parseConfig({
        DISCORD_PUBLIC_KEY: 'not-hex',
        HTTP_PORT: '70000',
        METRICS_PORT: 'nine',
        REDIS_REQUIRED: 'maybe',
        DISCORD_INTERACTIONS_URL: 'ftp://x',
      });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/DISCORD_PUBLIC_KEY: must be the application's public key: 64 hex characters/);
      expect(problems).toMatch(/HTTP_PORT: must be a TCP port/);
      expect(problems).toMatch(/METRICS_PORT: /);
      expect(problems).toMatch(/REDIS_REQUIRED: must be true or false/);
      expect(problems).toMatch(/DISCORD_INTERACTIONS_URL: /);
    }
    expect(() => parseConfig({ REDIS_REQUIRED: 'true' })).toThrow(/REDIS_REQUIRED: needs CACHE_URL/);
  });

  it('npm run start:http without DISCORD_PUBLIC_KEY exits 1 and says where to find it', async () => {
    const r = await runCommand('npm', ['run', 'start:http', '--silent'], { DISCORD_PUBLIC_KEY: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DISCORD_PUBLIC_KEY is not set');
    expect(r.stderr).toContain('General Information → Public Key');
  });

  it('npm start without DISCORD_TOKEN exits 1 and says how to get one and how to try offline', async () => {
    const r = await runCommand('npm', ['start', '--silent'], { DISCORD_TOKEN: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DISCORD_TOKEN is not set');
    expect(r.stderr).toContain('discord.com/developers/applications');
    expect(r.stderr).toContain('npm run --silent cli -- medals');
  });

  it('npm start with a bad value exits 1 naming it', async () => {
    const r = await runCommand('npm', ['start', '--silent'], {
      DISCORD_TOKEN: 'x'.repeat(30),
      CACHE_URL: 'ftp://nope',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/CACHE_URL/);
  });
});
