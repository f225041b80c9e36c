package io.github.gcmdata.icalendar;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.Modality;
import io.github.gcmdata.model.SpeakerRole;
import java.util.Optional;

/**
 * The few words the calendar adds to the data's own text, in English, French and Spanish (the
 * languages of the library's messages); any other language gets the English words.
 */
enum Label {
    ORGANISERS("Organisers", "Organisateurs", "Organizadores"),
    MODERATORS("Moderators", "Modération", "Moderación"),
    SPEAKERS("Speakers", "Intervenants", "Oradores"),
    IN_PERSON("in person", "en personne", "en persona"),
    REMOTE("remote", "à distance", "a distancia"),
    VIDEO_MESSAGE("video message", "message vidéo", "mensaje de vídeo"),
    OPENING("Opening", "Ouverture", "Apertura"),
    KEYNOTE("Keynote", "Discours liminaire", "Discurso principal"),
    PANEL("Panel", "Table ronde", "Panel"),
    SESSION("Session", "Séance", "Sesión"),
    BREAK("Break", "Pause", "Pausa"),
    CLOSING("Closing", "Clôture", "Clausura"),
    OTHER("Agenda item", "Point de l’ordre du jour", "Punto del programa"),
    OPENING_REMARKS("opening remarks", "allocution d’ouverture", "palabras de apertura"),
    WELCOMING_REMARKS("welcoming remarks", "mot de bienvenue", "palabras de bienvenida"),
    KEYNOTE_SPEECH("keynote", "discours liminaire", "discurso principal"),
    PRESENTATION("presentation", "présentation", "presentación"),
    STATEMENT("statement", "déclaration", "declaración"),
    PANELLIST("panellist", "panéliste", "panelista"),
    DISCUSSANT("discussant", "discutant", "comentarista"),
    RESPONDENT("respondent", "répondant", "respondiente"),
    CLOSING_REMARKS("closing remarks", "allocution de clôture", "palabras de clausura");

    private final String english;
    private final String french;
    private final String spanish;

    Label(String english, String french, String spanish) {
        this.english = english;
        this.french = french;
        this.spanish = spanish;
    }

    String in(LanguageTag language) {
        return switch (language.language()) {
            case "fr" -> french;
            case "es" -> spanish;
            default -> english;
        };
    }

    /** The words between a label and what it introduces: French puts a space before the colon. */
    static String colon(LanguageTag language) {
        return "fr".equals(language.language()) ? "\u00a0: " : ": ";
    }

    static Label of(AgendaItemKind kind) {
        return switch (kind) {
            case OPENING -> OPENING;
            case KEYNOTE -> KEYNOTE;
            case PANEL -> PANEL;
            case SESSION -> SESSION;
            case BREAK -> BREAK;
            case CLOSING -> CLOSING;
            case OTHER -> OTHER;
        };
    }

    /** The words for a speaker's part; none for {@link SpeakerRole#OTHER}, which says nothing of it. */
    static Optional<Label> of(SpeakerRole role) {
        return Optional.ofNullable(switch (role) {
            case OPENING_REMARKS -> OPENING_REMARKS;
            case WELCOMING_REMARKS -> WELCOMING_REMARKS;
            case KEYNOTE -> KEYNOTE_SPEECH;
            case PRESENTATION -> PRESENTATION;
            case STATEMENT -> STATEMENT;
            case PANELLIST -> PANELLIST;
            case DISCUSSANT -> DISCUSSANT;
            case RESPONDENT -> RESPONDENT;
            case CLOSING_REMARKS -> CLOSING_REMARKS;
            case OTHER -> null;
        });
    }

    static Label of(Modality modality) {
        return switch (modality) {
            case IN_PERSON -> IN_PERSON;
            case REMOTE -> REMOTE;
            case VIDEO_MESSAGE -> VIDEO_MESSAGE;
        };
    }
}
