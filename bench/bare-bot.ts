/**
 * The comparison point for `npm run bench`: a bare discord.js bot that answers every command
 * with one fixed embed. Same discord.js version and client options as a typical bot (no intents),
 * but none of our data, cache or i18n. Env: DISCORD_TOKEN, DISCORD_API_URL.
 */
import { Client, Events, MessageFlags } from 'discord.js';

const client = new Client({ intents: [], rest: { api: process.env.DISCORD_API_URL! } });
const embed = { title: 'Jutta Leerdam', description: 'Olympic champion, 1000 m, 2026.', color: 0xff6f00 };

client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isAutocomplete()) {
    void interaction.respond([]).catch(() => undefined);
    return;
  }
  if (interaction.isChatInputCommand()) {
    void interaction.reply({ embeds: [embed], allowedMentions: { parse: [] } }).catch(() => undefined);
    return;
  }
  if (interaction.isButton()) {
    void interaction.update({ embeds: [embed] }).catch(() => undefined);
    return;
  }
  if (interaction.isRepliable())
    void interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral }).catch(() => undefined);
});
client.once(Events.ClientReady, () => process.stdout.write('{"msg":"ready"}\n'));
process.on('SIGTERM', () => {
  void client.destroy().then(() => process.exit(0));
});
await client.login(process.env.DISCORD_TOKEN);
