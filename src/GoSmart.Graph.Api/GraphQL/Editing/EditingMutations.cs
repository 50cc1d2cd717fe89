using System.Text.Json;
using System.Text.Json.Serialization;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Security;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

/// <summary>
/// The mutations. Convention: each answers a payload (<c>changed</c> and the node as it is now); bad
/// input, a missing node, a missing credential or role is a coded GraphQL error (BAD_USER_INPUT with
/// <c>extensions.field</c>, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN) and writes nothing. A mutation
/// that would change nothing writes nothing and answers <c>changed: false</c>; every change is one
/// atomic batch with its audit entry.
/// </summary>
public static class EditingMutations
{
    // Enums as the schema names them (ActorKind.Company is COMPANY): an entry reads like the API's answers.
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
    };

    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);

        mutation.Field<NonNullGraphType<ActorPayloadType>>("upsertActor")
            .Description("Creates an actor or changes the fields given. Role: broker.")
            .Argument<NonNullGraphType<ActorInputType>>("input")
            .ResolveAsync(async c => await EditAsync(c, Roles.Broker, () => UpsertActorAsync(c)).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<RemovalPayloadType>>("removeActor")
            .Description("Removes an actor with all its relationships. Role: admin.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await EditAsync(c, Roles.Admin, () => RemoveActorAsync(c)).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ActorPayloadType>>("linkActors")
            .Description("Declares COLLABORATES_WITH (with evidence and years) or MEMBER_OF between two actors; declaring it again with other evidence or years updates it. Role: broker.")
            .Argument<NonNullGraphType<LinkInputType>>("input")
            .ResolveAsync(async c => await EditAsync(c, Roles.Broker, () => LinkAsync(c, unlink: false)).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ActorPayloadType>>("unlinkActors")
            .Description("Removes a declared tie; a collaboration that shared projects derive stays. Role: admin.")
            .Argument<NonNullGraphType<LinkInputType>>("input")
            .ResolveAsync(async c => await EditAsync(c, Roles.Admin, () => LinkAsync(c, unlink: true)).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ProjectPayloadType>>("upsertProject")
            .Description("Creates a project or changes the fields given. Role: broker.")
            .Argument<NonNullGraphType<ProjectInputType>>("input")
            .ResolveAsync(async c => await EditAsync(c, Roles.Broker, () => UpsertProjectAsync(c)).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ActorPayloadType>>("addParticipation")
            .Description("Records that an actor takes part in a project (or changes its role); collaborations and ACTIVE_IN are re-derived. Role: broker.")
            .Argument<NonNullGraphType<ParticipationInputType>>("input")
            .ResolveAsync(async c => await EditAsync(c, Roles.Broker, () => ParticipationAsync(c, remove: false)).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ActorPayloadType>>("removeParticipation")
            .Description("Removes an actor's part in a project. Role: admin.")
            .Argument<NonNullGraphType<ParticipationInputType>>("input")
            .ResolveAsync(async c => await EditAsync(c, Roles.Admin, () => ParticipationAsync(c, remove: true)).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ActorPayloadType>>("setActorDomains")
            .Description("Sets the S3 domains an actor declares itself ACTIVE_IN (derived ones follow its projects). Role: broker.")
            .Argument<NonNullGraphType<IdGraphType>>("actorId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("domainIds")
            .ResolveAsync(async c => await EditAsync(c, Roles.Broker, () => SetDomainsAsync(c)).ConfigureAwait(false));
    }

    /// <summary>The admin's view of the audit log, newest first.</summary>
    public static void AddAuditLogTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("auditLog")
            .Description("Recorded changes, newest first. Role: admin.")
            .Argument<IntGraphType>("first", "How many entries, 0 to 100; default 20.")
            .Argument<IntGraphType>("before", "Only entries with a smaller `sequence` (the next page).")
            .Argument<IdGraphType>("targetId", "Only the changes of this node, and of the relationships it is an end of (`actor:a` finds `actor:a|actor:b`).")
            .ResolveAsync(async c =>
            {
                c.RequireRole(Roles.Admin);
                var first = c.GetArgument("first", 20);
                if (first is < 0 or > 100)
                {
                    throw first < 0 ? UserInputError.Invalid("first", "`first` cannot be negative.") : UserInputError.LimitExceeded("`first` is at most 100.");
                }

                var target = c.GetArgument<string?>("targetId");
                return await c.Store().GetAuditLogAsync(new AuditQuery(first, c.GetArgument<int?>("before"), target is null ? null : GoSmartQuery.CheckId(target)), c.CancellationToken).ConfigureAwait(false);
            });
    }

    private static async Task<T> EditAsync<T>(IResolveFieldContext c, string role, Func<Task<T>> edit)
    {
        c.RequireRole(role);
        var gate = c.RequestServices!.GetRequiredService<MutationGate>();
        try
        {
            return await gate.RunAsync(edit, c.CancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // The store's own check (a node named in the batch does not exist, e.g. removed meanwhile).
            throw new UserInputError(e.Message);
        }
    }

    private static async Task<ActorPayload> UpsertActorAsync(IResolveFieldContext c)
    {
        var input = Input(c, "input");
        var id = EditValidation.ActorId("input.id", input["id"]);
        var store = c.Store();
        var ct = c.CancellationToken;
        var existing = (await store.GetActorsAsync([id], ct).ConfigureAwait(false)).GetValueOrDefault(id);
        if (existing is null && (!Has(input, "name") || !Has(input, "kind") || !Has(input, "country")))
        {
            throw UserInputError.Invalid("input", $"{id} is a new actor: give its `name`, `kind` and `country`.");
        }

        var name = Has(input, "name") ? EditValidation.Name("input.name", input["name"]) : existing!.Name;
        var kind = Has(input, "kind") ? input["kind"] as ActorKind? ?? throw UserInputError.Invalid("input.kind", "`kind` cannot be null.") : existing!.Kind;
        var country = Has(input, "country") ? EditValidation.Country("input.country", input["country"]) : existing!.Country;
        var regionId = Has(input, "regionId") && input["regionId"] is not null
            ? EditValidation.TypedId("input.regionId", input["regionId"], Ids.RegionPrefix)
            : existing is not null && existing.Country == country ? existing.RegionId : Ids.Region(country);
        var region = (await store.GetRegionsAsync([regionId], ct).ConfigureAwait(false)).GetValueOrDefault(regionId)
            ?? throw UserInputError.Invalid("input.regionId", $"There is no region {regionId} in the graph; use an existing NUTS region or the country (`region:{country}`).");
        if (!string.Equals(region.Country, country, StringComparison.Ordinal))
        {
            throw UserInputError.Invalid("input.regionId", $"{regionId} lies in {region.Country}, not in {country}.");
        }

        var actor = new Actor(id, name, kind, country, regionId)
        {
            Sme = Has(input, "sme") ? input["sme"] as bool? : existing?.Sme,
            ShortName = Has(input, "shortName") ? EditValidation.Text("input.shortName", input["shortName"], EditValidation.MaxShortTextLength) : existing?.ShortName,
            AlternativeNames = Has(input, "alternativeNames") ? EditValidation.Names("input.alternativeNames", input["alternativeNames"]) : existing?.AlternativeNames ?? [],
            City = Has(input, "city") ? EditValidation.Text("input.city", input["city"], EditValidation.MaxShortTextLength) : existing?.City,
            Website = Has(input, "website") ? EditValidation.Url("input.website", input["website"]) : existing?.Website,
            Pic = Has(input, "pic") ? EditValidation.Pic("input.pic", input["pic"]) : existing?.Pic,
        };
        var before = Json(existing);
        var after = Json(actor);
        if (before == after)
        {
            return new ActorPayload(false, existing);
        }

        await store.ApplyAsync(new GraphBatch { Actors = [actor], Audit = [Audit(c, "upsertActor", id, before, after)] }, ct).ConfigureAwait(false);
        return new ActorPayload(true, actor);
    }

    private static async Task<RemovalPayload> RemoveActorAsync(IResolveFieldContext c)
    {
        var id = EditValidation.ActorId("id", c.GetArgument<string>("id"));
        var store = c.Store();
        var existing = (await store.GetActorsAsync([id], c.CancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);
        if (existing is null)
        {
            return new RemovalPayload(false, id);
        }

        await store.ApplyAsync(new GraphBatch
        {
            Removals = new GraphRemovals { ActorIds = [id] },
            Audit = [Audit(c, "removeActor", id, Json(existing), null)],
        }, c.CancellationToken).ConfigureAwait(false);
        return new RemovalPayload(true, id);
    }

    private static async Task<ActorPayload> LinkAsync(IResolveFieldContext c, bool unlink)
    {
        var input = Input(c, "input");
        var kind = input["kind"] as string;
        var a = EditValidation.ActorId("input.actorId", input["actorId"]);
        var b = EditValidation.ActorId("input.otherActorId", input["otherActorId"]);
        if (a == b)
        {
            throw UserInputError.Invalid("input.otherActorId", "An actor cannot be tied to itself.");
        }

        var firstYear = EditValidation.Year("input.firstYear", input.GetValueOrDefault("firstYear"));
        var lastYear = EditValidation.Year("input.lastYear", input.GetValueOrDefault("lastYear"));
        EditValidation.Ordered("input.lastYear", firstYear, lastYear);
        var evidence = EditValidation.Text("input.evidence", input.GetValueOrDefault("evidence"), EditValidation.MaxTextLength, multiLine: true);
        if (kind == LinkKindType.MemberOf && (firstYear is not null || lastYear is not null || evidence is not null))
        {
            throw UserInputError.Invalid("input", "MEMBER_OF has no years or evidence; give only `actorId` (the member) and `otherActorId` (the cluster).");
        }

        var store = c.Store();
        var ct = c.CancellationToken;
        var actors = await store.GetActorsAsync([a, b], ct).ConfigureAwait(false);
        foreach (var (field, id) in new[] { ("input.actorId", a), ("input.otherActorId", b) })
        {
            if (!actors.ContainsKey(id))
            {
                throw new UserInputError($"There is no actor {id}.", ErrorCodes.NotFound) { Field = field };
            }
        }

        var operation = unlink ? "unlinkActors" : "linkActors";
        GraphBatch batch;
        if (kind == LinkKindType.MemberOf)
        {
            var exists = (await store.GetMembershipsAsync([a], ct).ConfigureAwait(false)).GetValueOrDefault(a)?.Any(m => m.MemberId == a && m.ClusterId == b) == true;
            if (exists != unlink)
            {
                return new ActorPayload(false, actors[a]);
            }

            var membership = new Membership(a, b);
            var json = Json(membership);
            batch = unlink
                ? new GraphBatch { Removals = new GraphRemovals { Memberships = [membership] }, Audit = [Audit(c, operation, $"{a}|{b}", json, null)] }
                : new GraphBatch { Memberships = [membership], Audit = [Audit(c, operation, $"{a}|{b}", null, json)] };
        }
        else
        {
            var tie = (await store.GetNeighboursAsync([a], ct).ConfigureAwait(false)).GetValueOrDefault(a)?.FirstOrDefault(t => t.OtherActorId == b);
            var pair = new ActorPair(a, b);
            var target = $"{pair.First}|{pair.Second}";
            if (unlink)
            {
                if (tie is not { Declared: true })
                {
                    return new ActorPayload(false, actors[a]);
                }

                batch = new GraphBatch { Removals = new GraphRemovals { DeclaredCollaborations = [pair] }, Audit = [Audit(c, operation, target, Json(tie), null)] };
            }
            else
            {
                // The tie as seen merges declared and derived years; asking for what is already seen changes nothing.
                if (tie is { Declared: true } && tie.DeclaredEvidence == evidence
                    && (firstYear is null || (tie.FirstYear is { } f && f <= firstYear)) && (lastYear is null || (tie.LastYear is { } l && l >= lastYear)))
                {
                    return new ActorPayload(false, actors[a]);
                }

                var declared = new DeclaredCollaboration(pair.First, pair.Second) { FirstYear = firstYear, LastYear = lastYear, Evidence = evidence };
                batch = new GraphBatch { DeclaredCollaborations = [declared], Audit = [Audit(c, operation, target, Json(tie), Json(declared))] };
            }
        }

        await store.ApplyAsync(batch, ct).ConfigureAwait(false);
        return new ActorPayload(true, actors[a]);
    }

    private static async Task<ProjectPayload> UpsertProjectAsync(IResolveFieldContext c)
    {
        var input = Input(c, "input");
        var id = EditValidation.ProjectId("input.id", input["id"]);
        var store = c.Store();
        var ct = c.CancellationToken;
        var existing = (await store.GetProjectsAsync([id], ct).ConfigureAwait(false)).GetValueOrDefault(id);
        var domainIds = Has(input, "s3DomainIds")
            ? EditValidation.List("input.s3DomainIds", input["s3DomainIds"]).Select((d, i) => EditValidation.TypedId($"input.s3DomainIds[{i}]", d, Ids.DomainPrefix)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : existing?.S3DomainIds.ToList() ?? [];
        var known = await store.GetDomainsAsync(domainIds, ct).ConfigureAwait(false);
        if (domainIds.FirstOrDefault(d => !known.ContainsKey(d)) is { } unknown)
        {
            throw UserInputError.Invalid("input.s3DomainIds", $"There is no S3 domain {unknown}; the `s3Domains` query lists them.");
        }

        var project = new Project(id)
        {
            Acronym = Has(input, "acronym") ? EditValidation.Text("input.acronym", input["acronym"], EditValidation.MaxShortTextLength) : existing?.Acronym,
            Title = Has(input, "title") ? EditValidation.Text("input.title", input["title"], EditValidation.MaxNameLength) : existing?.Title,
            Programme = Has(input, "programme") ? EditValidation.Text("input.programme", input["programme"], EditValidation.MaxNameLength) : existing?.Programme,
            StartDate = Has(input, "startDate") ? EditValidation.Date("input.startDate", input["startDate"]) : existing?.StartDate,
            EndDate = Has(input, "endDate") ? EditValidation.Date("input.endDate", input["endDate"]) : existing?.EndDate,
            TopicCode = Has(input, "topicCode") ? EditValidation.Text("input.topicCode", input["topicCode"], EditValidation.MaxShortTextLength) : existing?.TopicCode,
            Url = Has(input, "url") ? EditValidation.Url("input.url", input["url"]) : existing?.Url,
            S3DomainIds = domainIds,
        };
        if (project.StartDate is { } start && project.EndDate is { } end && end < start)
        {
            throw UserInputError.Invalid("input.endDate", "`endDate` is before `startDate`.");
        }

        var before = Json(existing);
        var after = Json(project);
        if (before == after)
        {
            return new ProjectPayload(false, existing!);
        }

        await store.ApplyAsync(new GraphBatch { Projects = [project], Audit = [Audit(c, "upsertProject", id, before, after)] }, ct).ConfigureAwait(false);
        return new ProjectPayload(true, project);
    }

    private static async Task<ActorPayload> ParticipationAsync(IResolveFieldContext c, bool remove)
    {
        var input = Input(c, "input");
        var actorId = EditValidation.ActorId("input.actorId", input["actorId"]);
        var projectId = EditValidation.ProjectId("input.projectId", input["projectId"]);
        var role = EditValidation.Role("input.role", input.GetValueOrDefault("role"));
        var contribution = EditValidation.Contribution("input.contribution", input.GetValueOrDefault("contribution"));
        var store = c.Store();
        var ct = c.CancellationToken;
        var actor = (await store.GetActorsAsync([actorId], ct).ConfigureAwait(false)).GetValueOrDefault(actorId)
            ?? throw new UserInputError($"There is no actor {actorId}.", ErrorCodes.NotFound) { Field = "input.actorId" };
        if (!(await store.GetProjectsAsync([projectId], ct).ConfigureAwait(false)).ContainsKey(projectId))
        {
            throw new UserInputError($"There is no project {projectId}.", ErrorCodes.NotFound) { Field = "input.projectId" };
        }

        var existing = await FindParticipationAsync(store, actorId, projectId, ct).ConfigureAwait(false);
        var target = $"{actorId}|{projectId}";
        if (remove)
        {
            if (existing is null)
            {
                return new ActorPayload(false, actor);
            }

            await store.ApplyAsync(new GraphBatch
            {
                Removals = new GraphRemovals { Participations = [new ParticipationKey(actorId, projectId)] },
                Audit = [Audit(c, "removeParticipation", target, Json(existing), null)],
            }, ct).ConfigureAwait(false);
            return new ActorPayload(true, actor);
        }

        var participation = new Participation(actorId, projectId, role) { Contribution = contribution };
        if (existing is not null && existing.Role == role && existing.Contribution == contribution)
        {
            return new ActorPayload(false, actor);
        }

        await store.ApplyAsync(new GraphBatch { Participations = [participation], Audit = [Audit(c, "addParticipation", target, Json(existing), Json(participation))] }, ct).ConfigureAwait(false);
        return new ActorPayload(true, actor);
    }

    private static async Task<ActorPayload> SetDomainsAsync(IResolveFieldContext c)
    {
        var actorId = EditValidation.ActorId("actorId", c.GetArgument<string>("actorId"));
        var wanted = EditValidation.List("domainIds", c.GetArgument<List<object?>>("domainIds"))
            .Select((d, i) => EditValidation.TypedId($"domainIds[{i}]", d, Ids.DomainPrefix)).ToHashSet(StringComparer.Ordinal);
        var store = c.Store();
        var ct = c.CancellationToken;
        var actor = (await store.GetActorsAsync([actorId], ct).ConfigureAwait(false)).GetValueOrDefault(actorId)
            ?? throw new UserInputError($"There is no actor {actorId}.", ErrorCodes.NotFound) { Field = "actorId" };
        var known = await store.GetDomainsAsync(wanted, ct).ConfigureAwait(false);
        if (wanted.FirstOrDefault(d => !known.ContainsKey(d)) is { } unknown)
        {
            throw UserInputError.Invalid("domainIds", $"There is no S3 domain {unknown}; the `s3Domains` query lists them.");
        }

        var declared = ((await store.GetActorDomainsAsync([actorId], ct).ConfigureAwait(false)).GetValueOrDefault(actorId) ?? [])
            .Where(d => d.Source == EdgeSource.Declared).Select(d => d.DomainId).ToHashSet(StringComparer.Ordinal);
        if (declared.SetEquals(wanted))
        {
            return new ActorPayload(false, actor);
        }

        await store.ApplyAsync(new GraphBatch
        {
            DeclaredDomains = [.. wanted.Except(declared).Order(StringComparer.Ordinal).Select(d => new ActorDomain(actorId, d, EdgeSource.Declared, 1))],
            Removals = new GraphRemovals { DeclaredDomains = [.. declared.Except(wanted).Select(d => new ActorDomainKey(actorId, d))] },
            Audit = [Audit(c, "setActorDomains", actorId, Json(declared.Order(StringComparer.Ordinal)), Json(wanted.Order(StringComparer.Ordinal)))],
        }, ct).ConfigureAwait(false);
        return new ActorPayload(true, actor);
    }

    private static async Task<Participation?> FindParticipationAsync(IGraphStore store, string actorId, string projectId, CancellationToken ct)
    {
        string? after = null;
        while (true)
        {
            var page = await store.GetProjectParticipationsAsync(projectId, new PageRequest(First: 100, After: after), ct).ConfigureAwait(false);
            if (page.Edges.FirstOrDefault(e => e.Node.ActorId == actorId) is { } found)
            {
                return found.Node;
            }

            if (!page.HasNextPage)
            {
                return null;
            }

            after = page.EndCursor;
        }
    }

    private static Dictionary<string, object?> Input(IResolveFieldContext c, string name) =>
        c.GetArgument<Dictionary<string, object?>>(name) ?? throw UserInputError.Invalid(name, $"`{name}` is required.");

    private static bool Has(Dictionary<string, object?> input, string key) => input.ContainsKey(key);

    private static string? Json<T>(T? value) => value is null ? null : JsonSerializer.Serialize(value, AuditJson);

    private static AuditEntry Audit(IResolveFieldContext c, string operation, string target, string? before, string? after) =>
        new(0, DateTimeOffset.UtcNow, c.User.PrincipalName(), operation, target) { Before = before, After = after };
}
