package dev.kijun.runtime;

/** The systems a requirement targets, after the checklist's tags (医療情報システム全般, サーバ, 端末PC, ネットワーク機器). */
public enum Target {
  ALL_SYSTEMS, SERVER, CLIENT_PC, NETWORK_DEVICE;

  /** The spelling used in kijun sources, e.g. {@code client-pc}. */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
