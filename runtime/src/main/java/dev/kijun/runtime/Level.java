package dev.kijun.runtime;

/** Whether a requirement is mandatory (5.2 C items, 6.0 遵守事項) or recommended (5.2 D items). */
public enum Level { MANDATORY, RECOMMENDED }
