using Nacre.Core;

namespace Nacre.Language.Directing;

// Story rules: spawn, move, remove, recolour, behaviours.
internal sealed partial class CommandReader
{
    private static readonly Dictionary<string, BehaviourKind> BehaviourVerbs = BuildBehaviourVerbs();

    private DirectorCommand? ReadSpawnOrMove()
    {
        string? verb = AcceptAny("bring in", "let there be", "there is", "there are", "there should be", "put in", "place", "add", "spawn",
            "put", "create", "bring", "drop", "insert", "build", "plant", "park", "introduce", "move", "relocate", "shift", "take",
            "position", "set", "have", "make", "i want", "give me", "release");
        if (verb is null)
        {
            return null;
        }
        bool definite = Is("the|this|that|these|those|it|them|all|every|each|both") || (Peek() is { } p && DirectorVocabulary.Ordinals.ContainsKey(p));
        bool moveVerb = verb is "move" or "relocate" or "shift" or "put" or "place" or "bring" or "drop" or "park" or "take" or "position" or "set";
        if (definite && moveVerb)
        {
            if (Is("the camera|camera|it|them") && Peek(1) is "left" or "right" or "up" or "down" or "in" or "out" or "closer" or "back" or "forward")
            {
                return null;
            }
            SubjectQuery subject = ParseSubject(allowQualifier: false);
            if (subject.Reference == SubjectReference.Camera)
            {
                return null;
            }
            Placement first = AcceptPlacement(allowQualifier: false)
                ?? throw new DirectingSyntaxException($"{verb} {subject.Text} where? e.g. '{verb} {subject.Text} next to the barn'", $"{verb} {subject.Text} next to the barn");
            Placement? second = AcceptPlacement(allowQualifier: true);
            if (second is not null)
            {
                subject = subject with { Relation = first.Relation, RelativeTo = first.Anchor, Text = $"{subject.Text} {RelationWords(first)}" };
                first = second;
            }
            if (subject.Landform is not null)
            {
                throw new DirectingSyntaxException($"the {subject.Noun} is part of the land and cannot be moved: move objects and characters, e.g. 'move the car next to the barn'");
            }
            return new MoveObjectCommand(subject, first);
        }
        if (definite && verb is not ("add" or "spawn" or "create" or "insert" or "introduce"))
        {
            return null;
        }
        Accept("the|this|that");
        int objectStart = _i;
        (int Count, NounMeaning Noun, NamedColor? Color)? obj = AcceptNewObject();
        if (obj is null)
        {
            if (verb is "make" or "have" or "set" or "take" or "i want" or "give me" or "there is" or "there are" or "position")
            {
                return null;
            }
            AcceptCount();
            AcceptColor();
            string word = Peek() ?? "";
            string? fix = DidYouMean.Find(word, DirectorVocabulary.SubjectWords);
            throw new DirectingSyntaxException(
                word.Length == 0 ? $"{verb} what? e.g. '{verb} a red car next to the cabin'"
                : fix is not null ? $"unknown object '{word}' — did you mean '{fix}'?"
                : $"unknown object '{word}': you can {verb} things such as a car, a truck, a tent, a bench, a tree, a deer, a person", fix);
        }
        Placement? where = null;
        Behaviour? behaviour = null;
        for (int k = 0; k < 2 && !AtEnd; k++)
        {
            where ??= AcceptPlacement(allowQualifier: true);
            behaviour ??= AcceptBehaviour(obj.Value.Noun.Word);
        }
        if (verb is "make" or "have" && behaviour is null)
        {
            _i = 0;
            return null;
        }
        _ = objectStart;
        return new SpawnCommand(obj.Value.Count, obj.Value.Noun.Spawn, obj.Value.Noun.Word, obj.Value.Color, where ?? Placement.InView, behaviour);
    }

    private static string RelationWords(Placement p) => $"{p.Relation.ToString().ToLowerInvariant()} {p.Anchor.Text}";

    /// <summary>"a red car", "three deer", "a few people", "two white tents". Null if no object noun follows.</summary>
    private (int Count, NounMeaning Noun, NamedColor? Color)? AcceptNewObject()
    {
        int save = _i;
        int? count = AcceptCount();
        NamedColor? color = AcceptColor();
        for (int guard = 0; guard < 3 && !AtEnd && NounAt(0) is null && Peek(1) is not null && NounAt(1) is not null && AcceptColor() is null; guard++)
        {
            _i++; // describing word ("wooden", "old") before a known noun
        }
        color ??= AcceptColor();
        NounMeaning? noun = NounAt(0, out int width);
        if (noun is null)
        {
            _i = save;
            return null;
        }
        if (noun.IsLandform)
        {
            throw new DirectingSyntaxException($"a {noun.Word} is part of the land and cannot be placed: place objects and characters, e.g. a car, a tent, a deer, a person");
        }
        if (noun.Spawn == SemanticLabel.None)
        {
            throw new DirectingSyntaxException($"cannot place '{noun.Word}': name a thing, e.g. a car, a tent, a deer");
        }
        _i += width;
        int n = count ?? 1;
        if (n < 1)
        {
            throw new DirectingSyntaxException($"cannot add {n} {noun.Word}s: give a count from 1 to {SpawnCommand.MaxCount}, or say 'remove the {noun.Word}'");
        }
        if (n > SpawnCommand.MaxCount)
        {
            throw new DirectingSyntaxException($"{n} is too many for one command: add at most {SpawnCommand.MaxCount} at a time");
        }
        return (n, noun, color);
    }

    private int? AcceptCount()
    {
        // Longer phrases first: "a few" is three, "a" is one.
        if (AcceptAny("a couple of", "a couple", "couple of", "a pair of", "pair of") is not null)
        {
            return 2;
        }
        if (AcceptAny("a few", "few", "some") is not null)
        {
            return 3;
        }
        if (Accept("several"))
        {
            return 4;
        }
        if (AcceptAny("a group of", "a pack of", "a family of", "group of") is not null)
        {
            return 4;
        }
        if (AcceptAny("a herd of", "herd of") is not null)
        {
            return 5;
        }
        if (AcceptAny("a flock of", "flock of") is not null)
        {
            return 6;
        }
        if (AcceptAny("many", "lots of", "a lot of", "loads of", "a crowd of", "plenty of") is not null)
        {
            return 8;
        }
        if (AcceptAny("a dozen", "dozen") is not null)
        {
            return 12;
        }
        if (AcceptAny("a single", "a lone", "single", "lone", "one more", "another", "a", "an", "one") is not null)
        {
            return 1;
        }
        int save = _i;
        if (AcceptNumber(out float v))
        {
            if (v != MathF.Floor(v) || Is("degrees|m|metres|meters|mm|seconds|s|percent"))
            {
                _i = save;
                return null;
            }
            Accept("more|new");
            return (int)v;
        }
        return null;
    }

    private DirectorCommand? ReadRemove()
    {
        string? verb = AcceptAny("get rid of", "take away", "take out", "clear away", "knock down", "tear down", "cut down", "remove",
            "delete", "erase", "destroy", "hide", "clear", "eliminate", "despawn", "demolish", "lose");
        if (verb is null)
        {
            return null;
        }
        if (AtEnd)
        {
            throw new DirectingSyntaxException($"{verb} what? e.g. '{verb} the truck'", $"{verb} the truck");
        }
        SubjectQuery subject = ParseSubject(allowQualifier: true);
        if (subject.Reference == SubjectReference.Camera)
        {
            throw new DirectingSyntaxException($"cannot {verb} the camera: name an object, e.g. '{verb} the truck'");
        }
        if (subject.Landform is not null)
        {
            throw new DirectingSyntaxException($"the {subject.Noun} is part of the land and cannot be removed: remove objects and characters, e.g. 'remove the truck'");
        }
        return new RemoveCommand(subject);
    }

    private DirectorCommand? ReadRecolor()
    {
        string? verb = AcceptAny("change the colour of", "change the color of", "make the colour of", "make the color of", "set the colour of",
            "set the color of", "paint", "repaint", "recolour", "recolor", "colour", "color", "dye", "tint", "turn", "make", "change");
        if (verb is null)
        {
            return null;
        }
        bool committed = verb is not ("turn" or "make" or "change");
        SubjectQuery subject;
        try
        {
            subject = ParseSubject(allowQualifier: true);
        }
        catch (DirectingSyntaxException) when (!committed)
        {
            return null;
        }
        AcceptAny("to", "in", "into", "with", "a", "all", "bright");
        NamedColor? color = AcceptColor();
        if (color is null)
        {
            if (!committed)
            {
                return null;
            }
            string word = Peek() ?? "";
            string? fix = DidYouMean.Find(word, DirectorVocabulary.Colors.Keys);
            throw new DirectingSyntaxException(
                (word.Length == 0 ? $"{verb} {subject.Text} what colour?" : $"'{word}' is not a colour" + (fix is null ? "" : $" — did you mean '{fix}'?"))
                + $" e.g. '{verb} {subject.Text} white'; colours: red, orange, yellow, green, blue, purple, pink, brown, white, grey, black…", fix);
        }
        Accept("colour|color|paint|coloured|colored");
        if (subject.Reference == SubjectReference.Camera || subject.Landform is not null)
        {
            throw new DirectingSyntaxException($"only objects can be recoloured, e.g. 'paint the barn {color.Name}'");
        }
        return new RecolorCommand(subject, color);
    }

    private DirectorCommand? ReadBehaviour()
    {
        string? lead = AcceptAny("make", "have", "let", "tell", "get", "order", "ask", "command");
        if (lead is null && AcceptAny("stop", "halt", "freeze") is not null)
        {
            SubjectQuery stopped = ParseSubject(allowQualifier: true);
            return new BehaviourCommand(stopped, new Behaviour(BehaviourKind.Stay, null));
        }
        int start = _i;
        if (!Is("the|this|that|these|those|all|every|each|both|it|them|they|he|she|my") && AcceptNewObject() is { } obj)
        {
            Behaviour? b = AcceptBehaviour(obj.Noun.Word);
            if (b is null)
            {
                _i = start;
                return null;
            }
            Placement? where = AcceptPlacement(allowQualifier: true);
            return new SpawnCommand(obj.Count, obj.Noun.Spawn, obj.Noun.Word, obj.Color, where ?? Placement.InView, b);
        }
        _i = start;
        SubjectQuery actor;
        try
        {
            actor = Accept("he|she|they") ? SubjectQuery.Previous(Peek(-1)!) : ParseSubject(allowQualifier: true);
        }
        catch (DirectingSyntaxException) when (lead is null or "make" or "let" or "get")
        {
            return null; // "make it nite": the fallback's "did you mean" over every word says it better
        }
        Accept("to");
        Behaviour? behaviour = AcceptBehaviour(actor.Noun);
        if (behaviour is null)
        {
            if (lead is not null and not ("make" or "let") && !AtEnd)
            {
                throw new DirectingSyntaxException(
                    $"what should {actor.Text} do? walk to, run to, drive along, wander, follow, flee from or stay — e.g. '{lead} {actor.Text} walk to the lake'");
            }
            return null;
        }
        if (actor.Landform is not null)
        {
            throw new DirectingSyntaxException($"the {actor.Noun} is part of the land and cannot act: give behaviours to characters and vehicles");
        }
        return new BehaviourCommand(actor, behaviour);
    }

    /// <summary>"walks to the lake", "runs away from the wolf", "drives along the road", "wanders", "stays". Null if no behaviour verb follows.</summary>
    private Behaviour? AcceptBehaviour(string actorNoun)
    {
        int save = _i;
        Accept("that|who|which|and");
        Accept("will|should|can|to");
        string? verb = Peek();
        if (verb is null || !BehaviourVerbs.TryGetValue(verb, out BehaviourKind kind))
        {
            _i = save;
            return null;
        }
        _i++;
        switch (kind)
        {
            case BehaviourKind.WalkTo or BehaviourKind.RunTo:
                if (AcceptAny("away from", "away", "off from", "from") is not null)
                {
                    return new Behaviour(BehaviourKind.FleeFrom, AtEnd ? SubjectQuery.Camera("the camera") : ParseSubject(allowQualifier: true));
                }
                if (AcceptAny("around", "about", "off", "in circles") is not null || AtEnd)
                {
                    return new Behaviour(BehaviourKind.Wander, AtEnd || IsRelationAhead() is false ? null : AcceptPlacement(true)?.Anchor);
                }
                AcceptAny("over to", "up to", "down to", "back to", "across to", "to", "toward", "towards", "into", "across", "at", "by", "near", "past", "through", "along", "onto", "on to", "after", "over");
                return new Behaviour(kind, ParseSubject(allowQualifier: true));
            case BehaviourKind.DriveAlong:
                if (AcceptAny("away", "off") is not null || AtEnd)
                {
                    return new Behaviour(BehaviourKind.DriveAlong, null);
                }
                AcceptAny("along", "down", "up", "on", "past", "through", "by", "to", "toward", "towards", "around", "across", "into", "over", "round");
                return new Behaviour(BehaviourKind.DriveAlong, ParseSubject(allowQualifier: true));
            case BehaviourKind.Wander:
                AcceptAny("around", "about", "off", "aimlessly");
                if (AtEnd)
                {
                    return new Behaviour(BehaviourKind.Wander, null);
                }
                AcceptAny("through", "in", "across", "over", "along", "near", "by", "around", "on", "among");
                return new Behaviour(BehaviourKind.Wander, ParseSubject(allowQualifier: true));
            case BehaviourKind.Follow:
                AcceptAny("after", "behind");
                if (AtEnd)
                {
                    throw new DirectingSyntaxException($"follow whom? e.g. 'the {actorNoun} follows the person'");
                }
                return new Behaviour(BehaviourKind.Follow, ParseSubject(allowQualifier: true));
            case BehaviourKind.FleeFrom:
                AcceptAny("away from", "from", "away");
                return new Behaviour(BehaviourKind.FleeFrom, AtEnd ? SubjectQuery.Camera("the camera") : ParseSubject(allowQualifier: true));
            default:
                AcceptAny("where it is", "where they are", "in place", "put", "still", "there", "here", "quiet", "still there");
                return new Behaviour(BehaviourKind.Stay, null);
        }
    }

    private static Dictionary<string, BehaviourKind> BuildBehaviourVerbs()
    {
        var d = new Dictionary<string, BehaviourKind>(StringComparer.Ordinal);
        void Add(BehaviourKind k, params string[] words)
        {
            foreach (string w in words)
            {
                d[w] = k;
            }
        }
        Add(BehaviourKind.WalkTo, "walk", "walks", "walking", "stroll", "strolls", "strolling", "go", "goes", "going", "head", "heads",
            "heading", "move", "moves", "moving", "approach", "approaches", "approaching", "come", "comes", "coming", "wade", "wades",
            "swim", "swims", "trot", "trots", "trotting", "amble", "ambles", "hike", "hikes", "limp", "limps", "return", "returns");
        Add(BehaviourKind.RunTo, "run", "runs", "running", "sprint", "sprints", "sprinting", "rush", "rushes", "rushing", "dash", "dashes",
            "race", "races", "racing", "gallop", "gallops", "galloping", "fly", "flies", "flying", "hurry", "hurries", "charge", "charges",
            "bolt", "bolts", "jog", "jogs", "jogging", "hop", "hops");
        Add(BehaviourKind.DriveAlong, "drive", "drives", "driving", "ride", "rides", "riding", "cruise", "cruises", "cruising", "speed",
            "speeds", "speeding", "pass", "passes", "passing", "sail", "sails", "sailing", "roll", "rolls", "rolling", "motor", "motors");
        Add(BehaviourKind.Wander, "wander", "wanders", "wandering", "roam", "roams", "roaming", "graze", "grazes", "grazing", "meander",
            "meanders", "explore", "explores", "exploring", "mill", "mills", "milling", "potter", "potters", "drift", "drifts", "browse");
        Add(BehaviourKind.Follow, "follow", "follows", "following", "chase", "chases", "chasing", "trail", "trails", "tail", "tails",
            "stalk", "stalks", "stalking", "shadow", "shadows", "pursue", "pursues");
        Add(BehaviourKind.FleeFrom, "flee", "flees", "fleeing", "escape", "escapes", "escaping", "avoid", "avoids", "scatter", "scatters",
            "scattering", "retreat", "retreats");
        Add(BehaviourKind.Stay, "stay", "stays", "staying", "stop", "stops", "stopping", "wait", "waits", "waiting", "halt", "halts",
            "stand", "stands", "standing", "freeze", "freezes", "rest", "rests", "resting", "sit", "sits", "sleep", "sleeps", "idle",
            "idles", "remain", "remains", "linger", "lingers", "pause", "pauses");
        return d;
    }
}
