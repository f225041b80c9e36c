package io.github.gcmdata.cli;

import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.NewsItem;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of record an NDJSON file can hold, one per list of a dataset: given by {@code --kind}
 * (the kind name, such as {@code event}) or by the file name ({@code events.ndjson}, after the
 * dataset's property, or {@code event.ndjson}; a prefix before a dot is ignored, as in
 * {@code idm-2022.events.ndjson}).
 */
enum RecordKind {
    ORGANISATION("organisation", "organisations", Organisation.class),
    STATE("state", "states", State.class),
    PERSON("person", "persons", Person.class),
    MEMBERSHIP("membership", "memberships", Membership.class),
    EVENT("event", "events", Event.class),
    PUBLICATION("publication", "publications", Publication.class),
    PUBLICATION_SERIES("publication-series", "publicationSeries", PublicationSeries.class),
    NEWS_ITEM("news-item", "newsItems", NewsItem.class),
    OBJECTIVE("objective", "objectives", GcmObjective.class),
    GUIDING_PRINCIPLE("guiding-principle", "guidingPrinciples", GuidingPrinciple.class),
    DOCUMENT("document", "documents", UnDocument.class);

    private final String kindName;
    private final String property;
    private final Class<?> type;

    RecordKind(String kindName, String property, Class<?> type) {
        this.kindName = kindName;
        this.property = property;
        this.type = type;
    }

    /** The name {@code --kind} takes, such as {@code news-item}. */
    String kindName() {
        return kindName;
    }

    /** The record type a line is read as. */
    Class<?> type() {
        return type;
    }

    /** The kind of a {@code --kind} value, case-insensitive. */
    static Optional<RecordKind> ofName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.kindName.equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The kind a file name announces: the last dot-separated part before {@code .ndjson}, either a
     * kind name or a dataset property name, case-insensitive.
     */
    static Optional<RecordKind> ofFileName(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".ndjson".length());
        String last = base.substring(base.lastIndexOf('.') + 1);
        return Arrays.stream(values())
                .filter(kind -> kind.kindName.equalsIgnoreCase(last) || kind.property.equalsIgnoreCase(last))
                .findFirst();
    }

    /** Every kind name, for messages: {@code organisation, state, ...}. */
    static String names() {
        return Arrays.stream(values()).map(RecordKind::kindName).collect(Collectors.joining(", "));
    }

    /** Every file name the convention knows: {@code organisations.ndjson, ...}. */
    static String fileNames() {
        return Arrays.stream(values()).map(kind -> kind.property + ".ndjson").collect(Collectors.joining(", "));
    }
}
