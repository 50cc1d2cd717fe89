// The tabs the IDE opens with (the first visit; GraphiQL keeps the user's own tabs after that):
// the questions brokers ask, each runnable as it is against the seed data.
export const exampleTabs = [
  {
    query: `# Who connects these two? The 3 best collaboration
# paths from Białystok University of Technology (PL) to
# Universität Hamburg (DE), through research organisations
# and intermediaries only, with the projects behind each
# step. Ctrl-Enter runs it; the book icon opens the docs.
query WhoConnects(
  $from: ID! = "actor:pic-999889193"
  $to: ID! = "actor:pic-999905101"
) {
  paths(from: $from, to: $to, k: 3, maxHops: 4,
        constraints: { intermediaryKinds: [RESEARCH, INTERMEDIARY] }) {
    hops
    countries
    borderCrossings
    weakestLink
    actors { name country kind }
    steps {
      from { name }
      to { name }
      collaboration {
        weight firstYear lastYear
        evidence(first: 2) { acronym title startDate }
      }
    }
  }
}
`,
  },
  {
    query: `# Who bridges these regions in this domain? Actors with
# collaborators both in Podlaskie (PL84) and among Hamburg's
# (DE60) agri-food actors, best first.
query WhoBridges {
  connectors(
    from: { region: "region:PL84" }
    to: { region: "region:DE60", s3Domain: "domain:agri-food" }
    first: 10
  ) {
    actor { name country kind region { name } }
    tiesFrom
    tiesTo
    pairsConnected
    score
  }
}
`,
  },
  {
    query: `# Whom should this SME meet? Partners that UAB Metis
# Baltic (Vilnius, LT) does not work with yet, across the
# border, with the reasons and the best introduction path.
query WhomToMeet($actor: ID! = "actor:pic-968991589") {
  partnerSuggestions(actor: $actor, first: 5, filter: { crossBorderOnly: true }) {
    actor { name country kind }
    score
    reasons
    commonPartners
    introduction { hops actors { name country } }
  }
}
`,
  },
  {
    query: `# Find an actor however its name is written, then use its id above.
query FindActor {
  search(text: "hamburg inst", first: 5) { id name country kind region { name } }
}
`,
  },
];
