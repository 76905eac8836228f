/**
 * Starts a real ZooKeeper (Debian's `zookeeper` package: java with
 * /usr/share/java/zookeeper.jar) on free loopback ports in a temp dir, as a
 * single node or an ensemble; stops, kills and restarts members; finds the
 * leader. Used by tests, the demo and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from './free-port.js';
import { serverMode } from './four-letter-word.js';
import { TestCertificateAuthority, type CertFiles, type IssueOptions } from './zk-certificates.js';
import { serverModeTls, type ZkTlsClientFiles } from './zk-tls-probe.js';

export const ZOOKEEPER_JAR = process.env['ZOOKEEPER_JAR'] ?? '/usr/share/java/zookeeper.jar';

/**
 * Netty's codec, resolver and native-unix jars: Debian's zookeeper.jar names
 * netty-handler and netty-transport in its manifest class path but not these,
 * so a TLS handshake on the Netty connection factory fails with
 * NoClassDefFoundError io/netty/handler/codec/ByteToMessageDecoder without
 * them (they come with libnetty-java, which libzookeeper-java depends on).
 */
const NETTY_JARS = ['netty-codec.jar', 'netty-resolver.jar', 'netty-transport-native-unix-common.jar'].map((j) => `/usr/share/java/${j}`);

export interface ZkMember {
  id: number;
  clientPort: number;
  quorumPort: number;
  electionPort: number;
  dir: string;
  process: ChildProcess | null;
}

export interface ZkClusterOptions {
  nodes?: 1 | 3 | 5;
  tickTimeMs?: number;
  /** How long start/restart wait for members to serve. */
  startTimeoutMs?: number;
  /** Java system properties for every member (e.g. `{ 'zookeeper.enforceQuota': 'true' }`). */
  systemProperties?: Record<string, string>;
  /**
   * JVM settings: `test` (default) starts fast and small (C1 compiler only,
   * serial GC), for suites that start many servers; `server` is how
   * ZooKeeper runs in production — the JVM's own defaults (full JIT, G1) with
   * zkEnv.sh's default heap — for measuring what requests cost a server.
   */
  jvm?: 'test' | 'server';
  /**
   * TLS-only: each member serves clients on a `secureClientPort` (Netty,
   * `ssl.clientAuth=need`, x509 authentication) and has no plain client port.
   * A CA and certificates are made for the cluster; `clientPort` is then the
   * secure port.
   */
  tls?: boolean;
  /** Dates of the servers' certificate, for a cluster that serves an expired or not yet valid one on purpose. */
  tlsServerCertificate?: IssueOptions;
  /** `maxClientCnxns` per client address (default 0: unlimited). */
  maxClientCnxns?: number;
}

/** A TLS cluster's CA and a client certificate it trusts (subject `/O=zkdeploy/CN=admin`). */
export interface ZkClusterTls extends ZkTlsClientFiles {
  authority: TestCertificateAuthority;
  server: CertFiles;
}

/** The JVM flags of each setting (see ZkClusterOptions.jvm). */
const JVM_FLAGS = {
  test: ['-Xmx256m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xshare:auto'],
  server: ['-Xmx1000m'],
} as const;

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Every ZooKeeper process this process started, killed if it exits without stopping them. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A running ZooKeeper node or ensemble. */
export class ZkCluster {
  private constructor(
    readonly root: string,
    readonly members: ZkMember[],
    private readonly options: Required<ZkClusterOptions>,
    /** Set for a TLS-only cluster: its CA, the server's certificate, an admin client certificate. */
    readonly tls: ZkClusterTls | null = null,
  ) {}

  /** Starts the members and waits until every one serves. */
  static async start(options: ZkClusterOptions = {}): Promise<ZkCluster> {
    if (!existsSync(ZOOKEEPER_JAR)) {
      throw new Error(`${ZOOKEEPER_JAR} not found: install Debian's zookeeper package (apt-get install zookeeper)`);
    }
    const full = {
      nodes: options.nodes ?? 1,
      tickTimeMs: options.tickTimeMs ?? 200,
      startTimeoutMs: options.startTimeoutMs ?? 30_000,
      systemProperties: options.systemProperties ?? {},
      jvm: options.jvm ?? 'test',
      tls: options.tls ?? false,
      maxClientCnxns: options.maxClientCnxns ?? 0,
      tlsServerCertificate: options.tlsServerCertificate ?? {},
    };
    const root = await mkdtemp(join(tmpdir(), 'zkdeploy-zk-'));
    const tls = full.tls ? await clusterCertificates(full.tlsServerCertificate) : null;
    const ports = await freePorts(full.nodes * 3);
    const members: ZkMember[] = [];
    for (let i = 0; i < full.nodes; i++) {
      const [clientPort, quorumPort, electionPort] = ports.slice(i * 3, i * 3 + 3) as [number, number, number];
      members.push({ id: i + 1, clientPort, quorumPort, electionPort, dir: join(root, `zk${i + 1}`), process: null });
    }
    const cluster = new ZkCluster(root, members, full, tls);
    for (const m of members) await cluster.writeConfig(m);
    try {
      for (const m of members) cluster.spawnMember(m);
      await cluster.waitServing(members);
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    return cluster;
  }

  /** What a client of a TLS cluster connects with (the admin certificate), or undefined for a plain cluster. */
  get clientTls(): { ca: string; cert: string; key: string } | undefined {
    return this.tls ? { ca: this.tls.ca, cert: this.tls.cert, key: this.tls.key } : undefined;
  }

  /** `127.0.0.1:p1,127.0.0.1:p2,…`, optionally with a chroot. */
  connectString(chroot = ''): string {
    return this.members.map((m) => `127.0.0.1:${m.clientPort}`).join(',') + chroot;
  }

  member(id: number): ZkMember {
    const m = this.members.find((x) => x.id === id);
    if (!m) throw new Error(`no ensemble member ${id}`);
    return m;
  }

  /** The id of the current leader (or of the standalone server). */
  async leaderId(): Promise<number | null> {
    for (const m of this.members) {
      const mode = await this.mode(m);
      if (mode === 'leader' || mode === 'standalone') return m.id;
    }
    return null;
  }

  /** Kills the current leader (SIGKILL) and returns its id. */
  async killLeader(): Promise<number> {
    const id = await this.leaderId();
    if (id === null) throw new Error('no ZooKeeper leader to kill');
    await this.killMember(id);
    return id;
  }

  /** Waits until some running member is leader (or standalone) and returns its id. */
  async waitForLeader(): Promise<number> {
    let id: number | null = null;
    await until(
      async () => (id = await this.leaderId()) !== null,
      this.options.startTimeoutMs,
      'a ZooKeeper leader to be elected',
    );
    return id as unknown as number;
  }

  /** Stops one member gracefully (SIGTERM). */
  async stopMember(id: number): Promise<void> {
    const m = this.member(id);
    if (!m.process) return;
    m.process.kill('SIGTERM');
    await waitForExit(m.process, 10_000);
    m.process = null;
  }

  /** Kills one member at once (SIGKILL). */
  async killMember(id: number): Promise<void> {
    const m = this.member(id);
    if (!m.process) return;
    m.process.kill('SIGKILL');
    await waitForExit(m.process, 10_000);
    m.process = null;
  }

  /** Starts a stopped member and waits until it serves. */
  async startMember(id: number): Promise<void> {
    const m = this.member(id);
    if (m.process) return;
    this.spawnMember(m);
    await this.waitServing([m]);
  }

  async restartMember(id: number): Promise<void> {
    await this.stopMember(id);
    await this.startMember(id);
  }

  /** Waits until the given members (default all running ones) serve requests. */
  async waitServing(members = this.members.filter((m) => m.process)): Promise<void> {
    await until(
      async () => (await Promise.all(members.map((m) => this.mode(m)))).every((mode) => mode !== null),
      this.options.startTimeoutMs,
      `ZooKeeper members ${members.map((m) => m.id).join(',')} to serve`,
    );
  }

  /** Stops every member and removes the temp dir. */
  async stop(): Promise<void> {
    await Promise.all(this.members.map((m) => this.killMember(m.id)));
    await rm(this.root, { recursive: true, force: true });
    await this.tls?.authority.remove();
  }

  /** The member's mode from `srvr` (over TLS on a TLS cluster), or null when it does not serve. */
  mode(m: ZkMember): Promise<string | null> {
    return this.tls ? serverModeTls(m.clientPort, this.tls) : serverMode(m.clientPort);
  }

  private async writeConfig(m: ZkMember): Promise<void> {
    await mkdir(join(m.dir, 'data'), { recursive: true });
    const lines = [
      `tickTime=${this.options.tickTimeMs}`,
      'initLimit=20',
      'syncLimit=10',
      `dataDir=${join(m.dir, 'data')}`,
      ...this.clientPortLines(m),
      'admin.enableServer=false',
      '4lw.commands.whitelist=*',
      `maxClientCnxns=${this.options.maxClientCnxns}`,
      // Short sessions let tests exercise expiry quickly; clients ask for what they need.
      `minSessionTimeout=${this.options.tickTimeMs * 2}`,
      'maxSessionTimeout=60000',
    ];
    if (this.members.length > 1) {
      for (const o of this.members) lines.push(`server.${o.id}=127.0.0.1:${o.quorumPort}:${o.electionPort}`);
      await writeFile(join(m.dir, 'data', 'myid'), `${m.id}\n`);
    }
    await writeFile(join(m.dir, 'zoo.cfg'), `${lines.join('\n')}\n`);
  }

  private clientPortLines(m: ZkMember): string[] {
    if (!this.tls) return [`clientPort=${m.clientPort}`, 'clientPortAddress=127.0.0.1'];
    // zoo.cfg keys ZooKeeper does not know become `zookeeper.<key>` system properties, which X509Util reads.
    return [
      `secureClientPortAddress=127.0.0.1`,
      `secureClientPort=${m.clientPort}`,
      'serverCnxnFactory=org.apache.zookeeper.server.NettyServerCnxnFactory',
      'authProvider.x509=org.apache.zookeeper.server.auth.X509AuthenticationProvider',
      'ssl.clientAuth=need',
      `ssl.keyStore.location=${this.tls.server.cert.replace(/\.pem$/, '.keystore.pem')}`,
      'ssl.keyStore.type=PEM',
      `ssl.trustStore.location=${this.tls.authority.caCert}`,
      'ssl.trustStore.type=PEM',
    ];
  }

  private spawnMember(m: ZkMember): void {
    const child = spawn(
      'java',
      [
        ...JVM_FLAGS[this.options.jvm],
        `-Dzookeeper.log.dir=${m.dir}`,
        '-Dzookeeper.admin.enableServer=false',
        ...Object.entries(this.options.systemProperties).map(([k, v]) => `-D${k}=${v}`),
        '-cp',
        this.tls ? [ZOOKEEPER_JAR, ...NETTY_JARS].join(':') : ZOOKEEPER_JAR,
        'org.apache.zookeeper.server.quorum.QuorumPeerMain',
        join(m.dir, 'zoo.cfg'),
      ],
      { stdio: 'ignore', detached: false },
    );
    running.add(child);
    child.once('exit', () => running.delete(child));
    m.process = child;
  }
}

/** A CA, the servers' certificate (key and certificate in one PEM keystore, as ZooKeeper reads it) and an admin client certificate. */
async function clusterCertificates(dates: IssueOptions): Promise<ZkClusterTls> {
  const authority = await TestCertificateAuthority.create();
  const server = await authority.issue('zookeeper', '/O=zkdeploy/CN=zookeeper', { ...dates, altNames: 'IP:127.0.0.1,DNS:localhost' });
  const [key, cert] = await Promise.all([readFile(server.key, 'utf8'), readFile(server.cert, 'utf8')]);
  await writeFile(server.cert.replace(/\.pem$/, '.keystore.pem'), key + cert);
  const admin = await authority.clientCertificate('admin');
  return { authority, server, ca: authority.caCert, cert: admin.cert, key: admin.key };
}
