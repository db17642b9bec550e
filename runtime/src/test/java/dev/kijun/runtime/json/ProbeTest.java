package dev.kijun.runtime.json;

import dev.kijun.runtime.fixtures.Facts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProbeTest {
  @Test
  void probe() {
    String[] docs = {
      Docs.withFacts("{'staffCount':3,'endpoints':[],'devices':[{'id':'srv','kind':'serverx','ports':[443]}]}"),
      Docs.withFacts("{'staffCount':'3','endpoints':[],'devices':[]}"),
      Docs.withFacts("{'staffCount':3,'endpoints':[],'devices':[{'id':'srv','ports':[443]}]}"),
      Docs.withFacts("{'staffCount':3,'endpoints':[],'devices':[{'id':'srv','kindd':'server','ports':[443]}]}"),
      Docs.withFacts("{'staffCount':3,'endpoints':[],'devices':[{'id':'srv','kind':null,'ports':[443]}]}"),
      Docs.withFacts("{'staffCount':3,'endpoints':[],'devices':[{'id':7,'kind':'server','ports':[443, null]}]}"),
      Docs.withFacts("{'staffCount':3,'endpoints':[],'devices':[{'id':'a','kind':'server','ports':[443],'lastSecurityPatch':'2026-02-30'}]}"),
      Docs.withFacts("{'staffCount':3,'endpoints':[{'id':'x','external':true,'tls':{'versions':['TLS1.2','TLS1.4']}}],'devices':[]}"),
      Docs.withFacts("{'staffCount':3,'endpoints':[],'devices':[], 'extra': {'a':[1,2]}, 'devicse': 1}"),
      Docs.withFacts("{'staffCount':99999999999999999999,'endpoints':[],'devices':[]}"),
      Docs.withFacts("{'staffCount':3.5,'endpoints':[],'devices':[], 'securityBudget': '12'}"),
      Docs.withFacts("{'staffCount':3,'endpoints':[],'devices':[{'id':'a','kind':'server','ports':[443],'adminCredential':{'fingerprint':12345,'factoryDefault':0}}]}"),
      Docs.withExtra(",'answers':{'mhlw-checklist@R7/2.8':{'answer':'maybe','checkedOn':'2026-10-20'},'bad key':{'answer':'yes','checkedOn':'2026-10-20'}}"),
      Docs.withExtra(",'waivers':[{'requirement':'6.11','waiver':'w','subject':'s','justification':'j','approvedBy':'a','expires':'2027-01-01'}]"),
      Docs.json("{'facility':{'name':'x','kind':'hospital'},'assessedOn':'2026/11/01','fact':{}}"),
      Docs.json("{'facility':{'name':'x','kind':'vendor'},\n'assessedOn':'2026-11-01',\n'facts':{'a':1,\n  'a':2}}"),
      Docs.withExtra(",'reviews':{'a@1/2':{'satisfied':'yes','reviewer':'r','reviewedOn':'2026-01-01'}}"),
    };
    for (String d : docs) {
      try {
        EvidenceLoader.load(d.getBytes(StandardCharsets.UTF_8), "e.json", Facts.class);
        System.out.println("OK");
      } catch (EvidenceException e) {
        for (EvidenceProblem p : e.problems()) {
          System.out.println(p.render() + "   [path=" + p.path() + "]");
        }
      }
      System.out.println("--");
    }
  }
}
