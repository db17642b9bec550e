package dev.kijun.compiler.explain;

/** The kijun texts {@link ModelFixtures} mirrors; kept apart so the model builder stays readable. */
final class FixtureSources {
  private FixtureSources() {}

  static final String SCHEMA = """
      schema "facility";

      /** The facts of a test facility. */
      root Facts

      /** The facts of a test facility. */
      record Facts {
        /** Every device. */
        devices: list<Device>
        /** Every network endpoint. */
        endpoints: list<Endpoint>
      }

      /** One device. */
      record Device {
        /** Unique id. */
        id: string
        kind: DeviceKind
        /** The admin credential; absent when not collected. */
        adminCredential: Credential?
        lastSecurityPatch: date?
        ports: list<integer>
        riskScore: number?
      }

      /** A credential, described without revealing it. */
      record Credential {
        /** A fingerprint of the secret. */
        fingerprint: secret
        factoryDefault: boolean
      }

      record Endpoint { id: string  exposure: Exposure  ipsecVpn: boolean  tls: Tls? }

      record Tls { versions: list<TlsVersion>  clientCertificate: ClientCertificate }

      /** TLS protocol versions; order means strength. */
      ordered enum TlsVersion { TLS_1_0 "TLS1.0", TLS_1_2 "TLS1.2", TLS_1_3 "TLS1.3" }
      enum DeviceKind { SERVER "server", CLIENT_PC "client-pc" }
      enum Exposure { /** Reachable from the Internet. */ OPEN_NETWORK "open-network", INTERNAL "internal" }
      enum ClientCertificate { REQUIRED "required", NONE "none" }

      /** Versions allowed by the high-security profile. */
      const STRONG_VERSIONS: list<TlsVersion> = [TLS_1_2, TLS_1_3]
      """;

  static final String EDITION_1 = """
      edition "demo-guideline@1.0";

      document {
        title ja "デモ・ガイドライン 第1.0版"
        title en "Demo guideline, edition 1.0"
        publisher "Demo Ministry"
        published 2022-03-31
        source "https://example.org/demo/1.0"
        evidence "facility"
        status verified
        form institution title ja "医療機関確認用" en "Institution form" audience medical-institution
        form vendor title ja "事業者確認用" en "Vendor form" audience vendor
      }

      chapter "6" title ja "安全管理" en "Security management" {
        section "6.11" title ja "ネットワーク" en "Networks" {
          requirement "6.11.C.11" {
            title ja "オープンネットワークのTLS設定" en "TLS over open networks"
            level mandatory
            audience medical-institution, vendor
            targets server, client-pc
            status inferred "numbering inferred from the draft"
            source "https://example.org/demo/1.0" page "52" note "draft, p. 52"
            summary ja "オープンネットワーク経由のHTTPSはTLS1.3とクライアント証明書を使う。"
            summary en "HTTPS over open networks uses TLS 1.3 & client certificates <not TLS 1.2>."
            cites "demo-guideline@2.0/SYS.13.6", "other-doc@R7/2.8"
            check automated "every open-network HTTPS endpoint uses TLS 1.3 with client certificates" {
              forall e in endpoints where e.exposure == OPEN_NETWORK and not e.ipsecVpn:
                (e.tls.versions subset of [TLS_1_3] or waived tls12Fallback for e.id)
                and e.tls.clientCertificate == REQUIRED
            }
            waiver tls12Fallback {
              summary ja "TLS1.3に対応できないシステムに限りTLS1.2を許容する"
              summary en "TLS 1.2 is tolerated where the system cannot support TLS 1.3"
            }
          }
          requirement "6.11.C.12" {
            level recommended
            audience vendor
            status verified
            source "https://example.org/demo/1.0"
            summary ja "ネットワーク機器の台帳を作る。"
            summary en "Keep a ledger of network devices."
            check question {
              ask ja "ネットワーク機器の台帳がありますか。"
              ask en "Is there a ledger of network devices?"
              ask vendor ja "納入した機器の台帳がありますか。" en "Do you keep a ledger of the devices you delivered?"
            }
            check review "the ledger's last revision and who approved it"
            check automated "the ledger question was not answered no" { answer("6.11.C.12") != NO }
          }
        }
        section "6.12" title ja "パッチ" {
          status unknown "placeholder"
          requirement "6.12.D.1" {
            title ja "サーバのパッチ" en "Server patches"
            level recommended
            targets server
            status unknown
            source "https://example.org/demo/1.0" page "60"
            summary ja "サーバは90日以内にパッチを当てる。"
            summary en "1. Servers are patched within 90 days."
            cites "demo-guideline@1.0/6.11.C.11"
            applies when exists d in devices: d.kind == SERVER
            check automated "servers are patched within 90 days; device ids are unique" {
              unique(d in devices: d.id)
              and count(d in devices where d.adminCredential is present and d.adminCredential.factoryDefault) == 0
              and forall d in devices where d.kind == SERVER:
                d.lastSecurityPatch is present implies d.lastSecurityPatch >= asOf - 90 days
            }
          }
        }
      }
      """;

  static final String EDITION_2 = """
      edition "demo-guideline@2.0";

      document {
        title ja "デモ・ガイドライン 第2.0版"
        title en "Demo guideline, edition 2.0"
        publisher "Demo Ministry"
        published 2024-01-01
        source "https://example.org/demo/2.0"
        evidence "facility"
        status recalled "from memory"
        profile I ja "自施設に設置" en "Systems on the premises"
        profile II ja "クラウドを利用" en "Cloud services" status inferred "meaning recalled"
      }

      volume "SYS" title ja "システム運用編" en "System operations" {
        profiles I, II
        chapter "13" title ja "ネットワーク" en "Networks" {
          profiles I
          requirement "SYS.13.6" {
            profiles I, II
            title ja "TLSの設定" en "TLS configuration"
            level mandatory
            status verified
            source "javascript:alert(1)"
            summary ja "TLS1.2以上を使う。"
            summary en "Use TLS 1.2 or better."
            cites "demo-guideline@1.0/6.11.C.11", "demo-guideline@2.0/SYS.13", "demo-guideline@2.0/SYS.§8.1"
            check automated "TLS 1.2 or better everywhere" {
              forall e in endpoints where e.tls is present: forall v in e.tls.versions: v in STRONG_VERSIONS
            }
          }
        }
      }

      volume "SYS" {
        chapter "8" title ja "利用機器" en "Devices in use" {
          section "§8.1" title ja "不正ソフトウェア対策" en "Malware" {
            label scan ja "検査" en "Scanning"
            requirement "SYS.8.scan.2" {
              status unknown "known from the table of contents; its text was not read"
              source "https://example.org/demo/2.0" page "30"
            }
          }
        }
      }
      """;
}
