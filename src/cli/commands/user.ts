import { UsageError, type Command } from '../command.ts';

const USAGE = [
  'yusuan user add LOGIN --role editor|reviewer|admin [--name NAME] [--org SLUG | --unit NAME --region REGION] [--region REGION] [--db …]',
  '       yusuan user list [--db …]',
  '       yusuan user disable|enable LOGIN [--db …]',
  '       yusuan user passwd LOGIN [--db …]',
  '  The password is read from standard input (first line); without piped input `add` and `passwd` make a random one and print it once.',
].join('\n');

/** The first line of standard input when it is piped, else null (a terminal: the caller makes a password). */
async function readPassword(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  return line || null;
}

export const userCommand: Command = {
  name: 'user',
  summary: 'accounts of the portal: department editors, finance reviewers, administrators',
  usage: USAGE,
  options: {
    db: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    org: { type: 'string' },
    unit: { type: 'string' },
    region: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const [action, login, ...extra] = positionals;
    const known = ['add', 'list', 'disable', 'enable', 'passwd'];
    if (!action || !known.includes(action)) throw new UsageError(`give one of ${known.join(', ')}\nusage: ${USAGE}`);
    if (action !== 'list' && !login) throw new UsageError(`give the LOGIN\nusage: ${USAGE}`);
    if (extra.length) throw new UsageError(`unexpected ${extra.join(' ')}\nusage: ${USAGE}`);
    const { openStore } = await import('../open-store.ts');
    const { Accounts, AccountError, ROLE_NAMES } = await import('../../store/accounts.ts');
    const { token } = await import('../../store/sessions.ts');
    const { userInfo } = await import('node:os');
    const store = await openStore(values.db);
    // the command line acts as the administrator: the audit log names the system user who ran it
    const by = { login: `cli:${userInfo().username}`, ip: null };
    const accounts = new Accounts(store.db);
    const password = async () => {
      const given = await readPassword();
      if (given) return { pw: given, made: false };
      return { pw: token().slice(0, 20), made: true };
    };
    try {
      if (action === 'list') {
        for (const a of await accounts.list())
          io.out([a.login, a.role, a.displayName, a.org ? `${a.org.name} (${a.org.slug})` : '', a.region ?? '', a.disabled ? 'disabled' : 'active'].join('\t'));
        return 0;
      }
      if (action === 'add') {
        const { pw, made } = await password();
        const a = await accounts.add(
          {
            login: login!,
            displayName: (values.name as string | undefined) ?? login!,
            role: values.role as 'editor',
            org: values.org as string | undefined,
            unit: values.unit as string | undefined,
            region: values.region as string | undefined,
          },
          pw,
          by,
        );
        io.out(`added ${a.login}: ${ROLE_NAMES[a.role]}${a.org ? `, ${a.org.name}` : ''}${a.region ? `, ${a.region}` : ''}`);
        if (made) io.out(`password: ${pw}`);
      } else if (action === 'passwd') {
        const { pw, made } = await password();
        await accounts.setPassword(login!, pw, by);
        io.out(`password of ${login} changed; its sessions are ended`);
        if (made) io.out(`password: ${pw}`);
      } else {
        await accounts.setDisabled(login!, action === 'disable', by);
        io.out(`${login} ${action}d`);
      }
      return 0;
    } catch (e) {
      if (e instanceof AccountError) throw new UsageError(e.message);
      if ((e as Error).name === 'ZodError')
        throw new UsageError(
          (e as { issues: { path: PropertyKey[]; message: string }[] }).issues.map((i) => `${i.path.join('.') || 'account'}: ${i.message}`).join('; '),
        );
      throw e;
    } finally {
      await store.close();
    }
  },
};
