package dev.kijun.collect.tls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {
  @Test
  void parsesHostPortIdAndIpv6() {
    assertThat(Target.parse("portal.example.jp:443").target()).contains(new Target("portal.example.jp", 443,
        "portal.example.jp:443"));
    assertThat(Target.parse("10.0.0.5:8443=lab-gateway").target()).contains(new Target("10.0.0.5", 8443, "lab-gateway"));
    assertThat(Target.parse("[::1]:443").target()).contains(new Target("::1", 443, "[::1]:443"));
  }

  @Test
  void malformedTargetsSayWhy() {
    assertThat(Target.parse("portal").error()).contains("`portal` is not of the form HOST:PORT");
    assertThat(Target.parse("portal:https").error()).contains("`portal:https`: `https` is not a port number");
    assertThat(Target.parse("portal:70000").error()).contains("`portal:70000`: the port must be 1–65535 and the host not empty");
    assertThat(Target.parse("a:1=").error()).contains("`a:1=`: the id after `=` is empty");
    assertThat(Target.parse("[::1]443").error()).contains("`[::1]443` is not of the form [ADDRESS]:PORT");
  }
}
