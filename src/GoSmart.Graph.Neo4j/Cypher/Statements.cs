namespace GoSmart.Graph.Neo4j.Cypher;

/// <summary>The fixed statements of the Neo4j store. Writes are <c>UNWIND $rows ... MERGE</c>, so running one twice changes nothing.</summary>
internal static class Statements
{
    public const string Version = "OPTIONAL MATCH (v:GraphVersion {key: 'graph'}) RETURN coalesce(v.value, 0) AS version";

    public const string BumpVersion =
        "MERGE (v:GraphVersion {key: 'graph'}) ON CREATE SET v.value = 0 SET v.value = v.value + 1 RETURN v.value AS version";

    public const string AnyActor = "MATCH (a:Actor) RETURN a.id AS id LIMIT 1";

    public const string ExistingActors = "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id";

    public const string ExistingProjects = "UNWIND $ids AS id MATCH (p:Project {id: id}) RETURN p.id AS id";

    public const string ExistingRegions = "UNWIND $ids AS id MATCH (r:Region {id: id}) RETURN r.id AS id";

    public const string ExistingDomains = "UNWIND $ids AS id MATCH (d:S3Domain {id: id}) RETURN d.id AS id";

    public const string MergeRegions = """
        UNWIND $rows AS row
        MERGE (r:Region {id: row.id})
        SET r.code = row.code, r.name = row.name, r.country = row.country, r.level = row.level,
            r.parentId = row.parentId, r.gosmartRole = row.gosmartRole
        RETURN count(r) AS n
        """;

    public const string MergeDomains = """
        UNWIND $rows AS row
        MERGE (d:S3Domain {id: row.id})
        SET d.name = row.name, d.description = row.description
        RETURN count(d) AS n
        """;

    /// <summary>1 once every actor has <c>otherNamesKey</c> (a database this version opened), else 0.</summary>
    public const string SearchKeysComplete = "OPTIONAL MATCH (s:GraphVersion {key: 'searchKeys'}) RETURN coalesce(s.value, 0) AS complete";

    public const string MarkSearchKeysComplete = "MERGE (s:GraphVersion {key: 'searchKeys'}) SET s.value = 1 RETURN s.value AS complete";

    /// <summary>Actors written before <c>otherNamesKey</c> existed (an older version's database).</summary>
    public const string ActorsWithoutSearchKey = "MATCH (a:Actor) WHERE a.otherNamesKey IS NULL RETURN a AS node LIMIT $limit";

    public const string SetSearchKeys = """
        UNWIND $rows AS row
        MATCH (a:Actor {id: row.id})
        SET a.otherNamesKey = row.otherNamesKey
        RETURN count(a) AS n
        """;

    public const string MergeActors = """
        UNWIND $rows AS row
        MERGE (a:Actor {id: row.id})
        ON CREATE SET a.degree = 0, a.projectCount = 0, a.domainIds = [], a.derivedDomainIds = [], a.derivedDomainWeights = []
        SET a.name = row.name, a.kind = row.kind, a.country = row.country, a.regionId = row.regionId,
            a.alternativeNames = row.alternativeNames, a.alternativeNamesText = row.alternativeNamesText, a.shortName = row.shortName,
            a.sme = row.sme, a.city = row.city, a.website = row.website, a.pic = row.pic,
            a.nameFolded = row.nameFolded, a.nameKey = row.nameKey, a.otherNamesKey = row.otherNamesKey, a.namesFolded = row.namesFolded, a.searchTokens = row.searchTokens
        RETURN count(a) AS n
        """;

    public const string ClearMovedLocatedIn = """
        UNWIND $rows AS row
        MATCH (:Actor {id: row.id})-[old:LOCATED_IN]->(r:Region)
        WHERE r.id <> row.regionId
        DELETE old
        RETURN count(*) AS n
        """;

    public const string MergeLocatedIn = """
        UNWIND $rows AS row
        MATCH (a:Actor {id: row.id})
        MATCH (r:Region {id: row.regionId})
        MERGE (a)-[l:LOCATED_IN]->(r)
        RETURN count(l) AS n
        """;

    public const string MergeProjects = """
        UNWIND $rows AS row
        MERGE (p:Project {id: row.id})
        ON CREATE SET p.participantCount = 0, p.participantCountries = []
        SET p.acronym = row.acronym, p.title = row.title, p.programme = row.programme, p.programmeParts = row.programmeParts,
            p.textFolded = row.textFolded, p.startDate = row.startDate, p.endDate = row.endDate, p.startYear = row.startYear,
            p.topicCode = row.topicCode, p.url = row.url, p.s3DomainIds = row.s3DomainIds
        RETURN count(p) AS n
        """;

    public const string MergeParticipations = """
        UNWIND $rows AS row
        MATCH (a:Actor {id: row.actorId})
        MATCH (p:Project {id: row.projectId})
        MERGE (a)-[x:PARTICIPATES_IN]->(p)
        SET x.role = row.role, x.contribution = row.contribution
        RETURN count(x) AS n
        """;

    public const string MergeDeclaredCollaborations = """
        UNWIND $rows AS row
        MATCH (a:Actor {id: row.first})
        MATCH (b:Actor {id: row.second})
        MERGE (a)-[d:DECLARED_COLLABORATION]->(b)
        SET d.firstYear = row.firstYear, d.lastYear = row.lastYear, d.evidence = row.evidence
        RETURN count(d) AS n
        """;

    public const string MergeMemberships = """
        UNWIND $rows AS row
        MATCH (m:Actor {id: row.memberId})
        MATCH (c:Actor {id: row.clusterId})
        MERGE (m)-[r:MEMBER_OF]->(c)
        RETURN count(r) AS n
        """;

    public const string MergeDeclaredDomains = """
        UNWIND $rows AS row
        MATCH (a:Actor {id: row.actorId})
        MATCH (d:S3Domain {id: row.domainId})
        MERGE (a)-[r:ACTIVE_IN {source: 'Declared'}]->(d)
        SET r.weight = 1
        RETURN count(r) AS n
        """;

    public const string MergePriorities = """
        UNWIND $rows AS row
        MATCH (r:Region {id: row.regionId})
        MATCH (d:S3Domain {id: row.domainId})
        MERGE (r)-[p:PRIORITISES]->(d)
        SET p.priority = row.priority
        RETURN count(p) AS n
        """;

    public const string TieNeighbours = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[:COLLABORATES_WITH]-(b:Actor)
        RETURN DISTINCT b.id AS id
        """;

    public const string RemoveActors = """
        UNWIND $ids AS id
        MATCH (a:Actor {id: id})
        DETACH DELETE a
        RETURN count(*) AS n
        """;

    public const string RemoveParticipations = """
        UNWIND $rows AS row
        MATCH (:Actor {id: row.actorId})-[x:PARTICIPATES_IN]->(:Project {id: row.projectId})
        DELETE x
        RETURN count(*) AS n
        """;

    public const string RemoveDeclaredCollaborations = """
        UNWIND $rows AS row
        MATCH (:Actor {id: row.first})-[d:DECLARED_COLLABORATION]->(:Actor {id: row.second})
        DELETE d
        RETURN count(*) AS n
        """;

    public const string RemoveMemberships = """
        UNWIND $rows AS row
        MATCH (:Actor {id: row.memberId})-[r:MEMBER_OF]->(:Actor {id: row.clusterId})
        DELETE r
        RETURN count(*) AS n
        """;

    public const string RemoveDeclaredDomains = """
        UNWIND $rows AS row
        MATCH (:Actor {id: row.actorId})-[r:ACTIVE_IN {source: 'Declared'}]->(:S3Domain {id: row.domainId})
        DELETE r
        RETURN count(*) AS n
        """;

    /// <summary>Before re-deriving after removals: the ties of these actors, so a tie nothing derives any more goes.</summary>
    public const string ClearTies = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[t:COLLABORATES_WITH]-(:Actor)
        WITH DISTINCT t
        DELETE t
        RETURN count(*) AS n
        """;

    /// <summary>Reserves <c>$count</c> audit sequence numbers; the last one is returned. The SET locks the counter until commit.</summary>
    public const string ReserveAuditSequence =
        "MERGE (s:GraphVersion {key: 'audit'}) ON CREATE SET s.value = 0 SET s.value = s.value + $count RETURN s.value AS last";

    /// <summary>Keyed by a per-batch key, so a transaction run again after an unanswered commit writes no entry twice.</summary>
    public const string MergeAuditEntries = """
        UNWIND $rows AS row
        MERGE (e:AuditEntry {key: row.key})
        ON CREATE SET e.sequence = row.sequence, e.at = row.at, e.principal = row.principal, e.operation = row.operation,
            e.targetId = row.targetId, e.before = row.before, e.after = row.after
        RETURN count(e) AS n
        """;

    public const string AuditLog = """
        MATCH (e:AuditEntry)
        WHERE ($before IS NULL OR e.sequence < $before)
            AND ($target IS NULL OR e.targetId = $target OR e.targetId STARTS WITH $target + '|' OR e.targetId ENDS WITH '|' + $target)
        RETURN e.sequence AS sequence, e.at AS at, e.principal AS principal, e.operation AS operation,
            e.targetId AS targetId, e.before AS before, e.after AS after
        ORDER BY e.sequence DESC
        LIMIT $first
        """;

    public const string ProjectsOfActors = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[:PARTICIPATES_IN]->(p:Project)
        RETURN DISTINCT p.id AS id
        """;

    public const string ActorsOfProjects = """
        UNWIND $ids AS id
        MATCH (:Project {id: id})<-[:PARTICIPATES_IN]-(a:Actor)
        RETURN DISTINCT a.id AS id
        """;

    public const string SharedProjectTies = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(b:Actor)
        WHERE b.id <> id
        RETURN id AS actor, b.id AS other, count(p) AS weight, min(p.startYear) AS firstYear, max(p.startYear) AS lastYear
        """;

    public const string DeclaredTies = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[d:DECLARED_COLLABORATION]-(b:Actor)
        RETURN id AS actor, b.id AS other, d.firstYear AS firstYear, d.lastYear AS lastYear, d.evidence AS evidence
        """;

    public const string ActorProjectDomains = """
        UNWIND $ids AS id
        MATCH (a:Actor {id: id})
        OPTIONAL MATCH (a)-[:PARTICIPATES_IN]->(p:Project)
        RETURN id AS actor, count(p) AS projects, collect(p.s3DomainIds) AS domainLists
        """;

    public const string DeclaredDomainsOf = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[:ACTIVE_IN {source: 'Declared'}]->(d:S3Domain)
        RETURN id AS actor, d.id AS domain
        """;

    public const string MergeTies = """
        UNWIND $rows AS row
        MATCH (a:Actor {id: row.first})
        MATCH (b:Actor {id: row.second})
        MERGE (a)-[t:COLLABORATES_WITH]->(b)
        SET t.weight = row.weight, t.firstYear = row.firstYear, t.lastYear = row.lastYear, t.declared = row.declared, t.evidence = row.evidence
        RETURN count(t) AS n
        """;

    public const string SetActorDerived = """
        UNWIND $rows AS row
        MATCH (a:Actor {id: row.id})
        SET a.degree = row.degree, a.projectCount = row.projectCount, a.domainIds = row.domainIds,
            a.derivedDomainIds = row.derivedDomainIds, a.derivedDomainWeights = row.derivedDomainWeights
        RETURN count(a) AS n
        """;

    public const string ClearDerivedActiveIn = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[r:ACTIVE_IN {source: 'Derived'}]->(:S3Domain)
        DELETE r
        RETURN count(*) AS n
        """;

    public const string MergeDerivedActiveIn = """
        UNWIND $rows AS row
        MATCH (a:Actor {id: row.actorId})
        MATCH (d:S3Domain {id: row.domainId})
        MERGE (a)-[r:ACTIVE_IN {source: 'Derived'}]->(d)
        SET r.weight = row.weight
        RETURN count(r) AS n
        """;

    public const string SetProjectDerived = """
        UNWIND $ids AS id
        MATCH (p:Project {id: id})
        OPTIONAL MATCH (p)<-[:PARTICIPATES_IN]-(a:Actor)
        WITH p, count(a) AS participants, collect(DISTINCT a.country) AS countries
        SET p.participantCount = participants, p.participantCountries = countries
        RETURN count(p) AS n
        """;

    public const string ActorsById = "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a {.*} AS node";

    public const string RegionsById = "UNWIND $ids AS id MATCH (r:Region {id: id}) RETURN r {.*} AS node";

    public const string AllRegions = "MATCH (r:Region) RETURN r {.*} AS node ORDER BY r.id";

    public const string DomainsById = "UNWIND $ids AS id MATCH (d:S3Domain {id: id}) RETURN d {.*} AS node";

    public const string AllDomains = "MATCH (d:S3Domain) RETURN d {.*} AS node ORDER BY d.id";

    public const string ProjectsById = "UNWIND $ids AS id MATCH (p:Project {id: id}) RETURN p {.*} AS node";

    /// <summary>
    /// Search candidates from the full-text index <c>actor_search</c> (never a scan of every actor): Lucene's best
    /// <c>$limit</c> for <c>$query</c> (<see cref="LuceneQuery"/>), whole-name and name-prefix matches first.
    /// </summary>
    public const string SearchCandidates = """
        CALL db.index.fulltext.queryNodes('actor_search', $query, {limit: $limit}) YIELD node, score
        WITH node AS a, score
        RETURN a {.*} AS node
        ORDER BY CASE WHEN a.nameKey = $key THEN 0 WHEN a.nameKey STARTS WITH $key THEN 1 ELSE 2 END, score DESC, a.degree DESC, a.id
        LIMIT $limit
        """;

    public const string ActorMetrics = "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.degree AS degree, a.projectCount AS projectCount";

    public const string ProjectMetrics = "UNWIND $ids AS id MATCH (p:Project {id: id}) RETURN p.id AS id, p.participantCount AS participants";

    public const string ActorDomains = """
        UNWIND $ids AS id
        MATCH (a:Actor {id: id})
        OPTIONAL MATCH (a)-[:ACTIVE_IN {source: 'Declared'}]->(d:S3Domain)
        RETURN a.id AS id, a.derivedDomainIds AS derived, a.derivedDomainWeights AS weights, collect(d.id) AS declared
        """;

    public const string RegionPriorities = """
        UNWIND $ids AS id
        MATCH (r:Region {id: id})-[p:PRIORITISES]->(d:S3Domain)
        RETURN r.id AS regionId, d.id AS domainId, p.priority AS priority
        ORDER BY regionId, domainId
        """;

    public const string DomainPriorities = """
        UNWIND $ids AS id
        MATCH (d:S3Domain {id: id})<-[p:PRIORITISES]-(r:Region)
        RETURN r.id AS regionId, d.id AS domainId, p.priority AS priority
        ORDER BY regionId, domainId
        """;

    public const string Ties = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[t:COLLABORATES_WITH]-(b:Actor)
        RETURN id AS actor, b.id AS other, t.weight AS weight, t.firstYear AS firstYear, t.lastYear AS lastYear, t.declared AS declared, t.evidence AS evidence
        """;

    public const string SharedProjects = """
        MATCH (:Actor {id: $first})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(:Actor {id: $second})
        RETURN p {.*} AS node
        ORDER BY p.startDate DESC, p.id
        LIMIT $limit
        """;

    public const string SharedProjectCount = """
        MATCH (:Actor {id: $first})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(:Actor {id: $second})
        RETURN count(p) AS n
        """;

    public const string MembershipsAsMember = """
        UNWIND $ids AS id
        MATCH (m:Actor {id: id})-[:MEMBER_OF]->(c:Actor)
        RETURN m.id AS memberId, c.id AS clusterId
        """;

    public const string MembershipsAsCluster = """
        UNWIND $ids AS id
        MATCH (c:Actor {id: id})<-[:MEMBER_OF]-(m:Actor)
        RETURN m.id AS memberId, c.id AS clusterId
        """;

    public const string CountActors = "MATCH (a:Actor) RETURN count(a) AS n";

    public const string CountProjects = "MATCH (p:Project) RETURN count(p) AS n";

    public const string CountParticipations = "MATCH (:Actor)-[x:PARTICIPATES_IN]->(:Project) RETURN count(x) AS n";

    public const string CountRegions = "MATCH (r:Region) RETURN count(r) AS n";

    public const string CountDomains = "MATCH (d:S3Domain) RETURN count(d) AS n";

    public const string CountPairs = """
        MATCH (a:Actor)-[:COLLABORATES_WITH]->(b:Actor)
        RETURN count(*) AS pairs, sum(CASE WHEN a.country <> b.country THEN 1 ELSE 0 END) AS crossBorder
        """;

    public const string ActorsByKind = "MATCH (a:Actor) RETURN a.kind AS key, count(a) AS n";

    public const string ActorsByCountry = "MATCH (a:Actor) RETURN a.country AS key, count(a) AS n";

    public const string SnapshotActors = """
        MATCH (a:Actor)
        WHERE a.id > $after
        RETURN a.id AS id, a.kind AS kind, a.country AS country, a.regionId AS regionId,
            a.derivedDomainIds AS derived, a.derivedDomainWeights AS weights
        ORDER BY a.id
        LIMIT $limit
        """;

    public const string SnapshotTies = """
        MATCH (a:Actor)-[t:COLLABORATES_WITH]->(b:Actor)
        WHERE a.id > $after OR (a.id = $after AND b.id > $afterOther)
        RETURN a.id AS first, b.id AS second, t.weight AS weight, t.firstYear AS firstYear, t.lastYear AS lastYear, t.declared AS declared
        ORDER BY first, second
        LIMIT $limit
        """;

    public const string SnapshotMemberships = "MATCH (m:Actor)-[:MEMBER_OF]->(c:Actor) RETURN m.id AS memberId, c.id AS clusterId";

    public const string SnapshotDeclaredDomains = "MATCH (a:Actor)-[:ACTIVE_IN {source: 'Declared'}]->(d:S3Domain) RETURN a.id AS actor, d.id AS domain";


    /// <summary>
    /// One level of a path corridor (Core's PathCorridor): the collaborations out of the frontier a path may take,
    /// to an end or an allowed intermediary. Bounded by <c>$limit</c> (the rest of the search's row budget, plus one).
    /// </summary>
    public const string CorridorTies = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[t:COLLABORATES_WITH]-(b:Actor)
        WHERE t.weight >= $minWeight AND coalesce(t.lastYear, 0) >= $sinceYear AND ($within IS NULL OR b.id IN $within)
            AND (b.id IN $ends OR (NOT b.id IN $avoid AND ($anyKind OR b.kind IN $kinds) AND ($domain IS NULL OR $domain IN b.domainIds)))
        RETURN id AS actor, b.id AS other, t.weight AS weight, t.firstYear AS firstYear, t.lastYear AS lastYear, t.declared AS declared,
            b.kind AS kind, b.country AS country, b.regionId AS regionId, ($domain IS NOT NULL AND $domain IN b.domainIds) AS inDomain
        LIMIT $limit
        """;

    /// <summary>The MEMBER_OF steps (either direction) of a corridor level, under the same intermediary filter.</summary>
    public const string CorridorMemberships = """
        UNWIND $ids AS id
        MATCH (:Actor {id: id})-[:MEMBER_OF]-(b:Actor)
        WHERE ($within IS NULL OR b.id IN $within) AND (b.id IN $ends OR (NOT b.id IN $avoid AND ($anyKind OR b.kind IN $kinds) AND ($domain IS NULL OR $domain IN b.domainIds)))
        RETURN id AS actor, b.id AS other, b.kind AS kind, b.country AS country, b.regionId AS regionId,
            ($domain IS NOT NULL AND $domain IN b.domainIds) AS inDomain
        LIMIT $limit
        """;

    public const string DomainIds = "MATCH (d:S3Domain) RETURN d.id AS id ORDER BY id";
}
