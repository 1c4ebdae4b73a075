using Boona.Domain.Outreach;

namespace Boona.Infrastructure.Outreach.Templates;

/// <summary>
/// The shipped German texts (Liquid): in use until an admin saves a version of a kind, and shown as version 0 on the
/// templates page, where they can be restored. Plain text and HTML say the same.
/// </summary>
internal static class TemplateDefaults
{
    private static readonly Dictionary<TemplateKind, EmailTemplateText> Texts = new()
    {
        [TemplateKind.Inquiry] = new(
            "{% if patient_count == 1 %}Anfrage zu einem Therapieplatz{% else %}Anfrage zu Therapieplätzen für {{ patient_count }} Personen{% endif %}",
            """
            {{ greeting }}

            {% if patient_count == 1 %}wir suchen für die folgende vorqualifizierte Person einen Therapieplatz:{% else %}wir suchen für die folgenden {{ patient_count }} vorqualifizierten Personen einen Therapieplatz:{% endif %}
            Diagnose bzw. Sprechstunde, zeitliche Verfügbarkeit und Versicherung haben wir vorab geprüft.
            {% for p in patients %}
            {{ p.position }}. {{ p.reference }}
               Alter: {{ p.age }} Jahre, Geschlecht: {{ p.gender }}
               {% if p.has_diagnosis %}Diagnose: {{ p.diagnosis }}{% else %}Noch ohne Diagnose{% if p.sprechstunde != "" %}, {{ p.sprechstunde }}{% endif %}; Beschwerden: {{ p.symptoms }}{% endif %}
               Versicherung: {{ p.insurance }}
               Zeitlich verfügbar: {{ p.availability }} ({{ p.hours_per_week }} Std./Woche)
               Offen für Gruppentherapie: {{ p.group_therapy }}
               Vorherige Psychotherapie: {{ p.prior_therapy }}
            {% endfor %}
            {% if patient_count == 1 %}Bitte antworten Sie uns kurz: Platz für probatorische Sitzungen frei, keine Kapazität
            oder passt nicht.{% else %}Bitte antworten Sie uns kurz pro Referenz: Platz für probatorische Sitzungen frei,
            keine Kapazität oder passt nicht.{% endif %} Eine Antwort genügt – danach fragen wir Sie mindestens
            {{ cooling_weeks }} Wochen lang nicht erneut an.

            Ihre persönliche Antwortseite: {% if answer_link != "" %}{{ answer_link }}{% else %}folgt{% endif %}

            Mit freundlichen Grüßen
            Ihr Boona-Team
            """,
            """
            <p>{{ greeting }}</p>
            <p>{% if patient_count == 1 %}wir suchen für die folgende vorqualifizierte Person einen Therapieplatz:{% else %}wir suchen für die folgenden {{ patient_count }} vorqualifizierten Personen einen Therapieplatz:{% endif %}<br>
            Diagnose bzw. Sprechstunde, zeitliche Verfügbarkeit und Versicherung haben wir vorab geprüft.</p>
            <ol>
            {% for p in patients %}<li><strong>{{ p.reference }}</strong><br>
            Alter: {{ p.age }} Jahre, Geschlecht: {{ p.gender }}<br>
            {% if p.has_diagnosis %}Diagnose: {{ p.diagnosis }}{% else %}Noch ohne Diagnose{% if p.sprechstunde != "" %}, {{ p.sprechstunde }}{% endif %}; Beschwerden: {{ p.symptoms }}{% endif %}<br>
            Versicherung: {{ p.insurance }}<br>
            Zeitlich verfügbar: {{ p.availability }} ({{ p.hours_per_week }} Std./Woche)<br>
            Offen für Gruppentherapie: {{ p.group_therapy }}<br>
            Vorherige Psychotherapie: {{ p.prior_therapy }}</li>
            {% endfor %}</ol>
            <p>{% if patient_count == 1 %}Bitte antworten Sie uns kurz: Platz für probatorische Sitzungen frei, keine Kapazität oder passt nicht.{% else %}Bitte antworten Sie uns kurz pro Referenz: Platz für probatorische Sitzungen frei, keine Kapazität oder passt nicht.{% endif %}
            Eine Antwort genügt – danach fragen wir Sie mindestens {{ cooling_weeks }} Wochen lang nicht erneut an.</p>
            <p>Ihre persönliche Antwortseite: {% if answer_link != "" %}<a href="{{ answer_link }}">{{ answer_link }}</a>{% else %}folgt{% endif %}</p>
            <p>Mit freundlichen Grüßen<br>Ihr Boona-Team</p>
            """),
        [TemplateKind.Reminder] = new(
            "Erinnerung: {% if patient_count == 1 %}Anfrage zu einem Therapieplatz{% else %}Anfrage zu Therapieplätzen für {{ patient_count }} Personen{% endif %}",
            """
            {{ greeting }}

            am {{ sent_on }} haben wir Sie nach einem Therapieplatz gefragt und noch keine Antwort erhalten.
            {% if patient_count == 1 %}Die Person sucht weiterhin einen Platz:{% else %}Diese {{ patient_count }} Personen suchen weiterhin einen Platz:{% endif %}
            {% for p in patients %}
            {{ p.position }}. {{ p.reference }} ({{ p.age }} Jahre, {{ p.gender }}, {{ p.insurance }} versichert)
            {% endfor %}
            {% if patient_count == 1 %}Eine kurze Antwort genügt{% else %}Eine kurze Antwort pro Referenz genügt{% endif %}, auch wenn Sie keine Kapazität haben.

            Ihre persönliche Antwortseite: {% if answer_link != "" %}{{ answer_link }}{% else %}folgt{% endif %}

            Mit freundlichen Grüßen
            Ihr Boona-Team
            """,
            """
            <p>{{ greeting }}</p>
            <p>am {{ sent_on }} haben wir Sie nach einem Therapieplatz gefragt und noch keine Antwort erhalten.
            {% if patient_count == 1 %}Die Person sucht weiterhin einen Platz:{% else %}Diese {{ patient_count }} Personen suchen weiterhin einen Platz:{% endif %}</p>
            <ol>
            {% for p in patients %}<li><strong>{{ p.reference }}</strong> ({{ p.age }} Jahre, {{ p.gender }}, {{ p.insurance }} versichert)</li>
            {% endfor %}</ol>
            <p>{% if patient_count == 1 %}Eine kurze Antwort genügt{% else %}Eine kurze Antwort pro Referenz genügt{% endif %}, auch wenn Sie keine Kapazität haben.</p>
            <p>Ihre persönliche Antwortseite: {% if answer_link != "" %}<a href="{{ answer_link }}">{{ answer_link }}</a>{% else %}folgt{% endif %}</p>
            <p>Mit freundlichen Grüßen<br>Ihr Boona-Team</p>
            """),
        [TemplateKind.WithdrawalNotice] = new(
            "{% if reference_count == 1 %}Anfrage erledigt: {{ references | join: ', ' }}{% else %}Anfragen erledigt: {{ references | join: ', ' }}{% endif %}",
            """
            {{ greeting }}

            {% if reference_count == 1 %}für die Person {{ references | join: ', ' }}, nach der wir Sie gefragt haben, ist die Suche beendet – meist, weil sie inzwischen einen Therapieplatz gefunden hat.{% else %}für die Personen {{ references | join: ', ' }}, nach denen wir Sie gefragt haben, ist die Suche beendet – meist, weil sie inzwischen einen Therapieplatz gefunden haben.{% endif %}
            Sie müssen dazu nicht mehr antworten. Vielen Dank für Ihre Zeit!

            Mit freundlichen Grüßen
            Ihr Boona-Team
            """,
            """
            <p>{{ greeting }}</p>
            <p>{% if reference_count == 1 %}für die Person {{ references | join: ', ' }}, nach der wir Sie gefragt haben, ist die Suche beendet – meist, weil sie inzwischen einen Therapieplatz gefunden hat.{% else %}für die Personen {{ references | join: ', ' }}, nach denen wir Sie gefragt haben, ist die Suche beendet – meist, weil sie inzwischen einen Therapieplatz gefunden haben.{% endif %}
            Sie müssen dazu nicht mehr antworten. Vielen Dank für Ihre Zeit!</p>
            <p>Mit freundlichen Grüßen<br>Ihr Boona-Team</p>
            """),
        [TemplateKind.ConflictThankYou] = new(
            "Vielen Dank – {{ references | join: ', ' }} {% if reference_count == 1 %}ist{% else %}sind{% endif %} bereits versorgt",
            """
            {{ greeting }}

            {% if reference_count == 1 %}herzlichen Dank für Ihr Angebot für {{ references | join: ', ' }}! Inzwischen hat diese Person bereits
            einen Platz gefunden.{% else %}herzlichen Dank für Ihre Angebote für {{ references | join: ', ' }}! Inzwischen haben diese Personen bereits
            einen Platz gefunden.{% endif %} Wir melden uns in Kürze mit einem Vorschlag für eine andere passende Person.

            Mit freundlichen Grüßen
            Ihr Boona-Team
            """,
            """
            <p>{{ greeting }}</p>
            <p>{% if reference_count == 1 %}herzlichen Dank für Ihr Angebot für {{ references | join: ', ' }}! Inzwischen hat diese Person bereits einen Platz gefunden.{% else %}herzlichen Dank für Ihre Angebote für {{ references | join: ', ' }}! Inzwischen haben diese Personen bereits einen Platz gefunden.{% endif %}
            Wir melden uns in Kürze mit einem Vorschlag für eine andere passende Person.</p>
            <p>Mit freundlichen Grüßen<br>Ihr Boona-Team</p>
            """),
        [TemplateKind.PatientRegistration] = new(
            "Ihre Anmeldung bei Boona ({{ reference }})",
            """
            {{ greeting }}

            vielen Dank für Ihre Anmeldung. Wir haben Ihre Angaben erhalten; Ihre Referenz lautet {{ reference }}.
            Wir prüfen Ihre Angaben und melden uns, sobald die Suche nach einem Therapieplatz beginnt.

            Mit freundlichen Grüßen
            Ihr Boona-Team
            """,
            """
            <p>{{ greeting }}</p>
            <p>vielen Dank für Ihre Anmeldung. Wir haben Ihre Angaben erhalten; Ihre Referenz lautet <strong>{{ reference }}</strong>.
            Wir prüfen Ihre Angaben und melden uns, sobald die Suche nach einem Therapieplatz beginnt.</p>
            <p>Mit freundlichen Grüßen<br>Ihr Boona-Team</p>
            """),
        [TemplateKind.PatientSearchStarted] = new(
            "Die Suche nach Ihrem Therapieplatz hat begonnen",
            """
            {{ greeting }}

            seit dem {{ started_on }} suchen wir für Sie einen Therapieplatz (Referenz {{ reference }}). Wir fragen passende
            Praxen in Ihrer Nähe an und berichten Ihnen wöchentlich, wie es vorangeht.

            Mit freundlichen Grüßen
            Ihr Boona-Team
            """,
            """
            <p>{{ greeting }}</p>
            <p>seit dem {{ started_on }} suchen wir für Sie einen Therapieplatz (Referenz {{ reference }}). Wir fragen passende
            Praxen in Ihrer Nähe an und berichten Ihnen wöchentlich, wie es vorangeht.</p>
            <p>Mit freundlichen Grüßen<br>Ihr Boona-Team</p>
            """),
        [TemplateKind.PatientPlaceFound] = new(
            "Wir haben einen Therapieplatz für Sie gefunden",
            """
            {{ greeting }}

            gute Nachrichten: {{ therapist_name }} bietet Ihnen probatorische Sitzungen an.

            Praxis: {{ therapist_name }}
            Adresse: {{ therapist_address }}
            Telefon: {{ therapist_phone }}
            Telefonisch erreichbar: {{ phone_hours }}

            Bitte rufen Sie in dieser Zeit an und sagen Sie:
            „{{ first_call_script }}“

            Mit freundlichen Grüßen
            Ihr Boona-Team
            """,
            """
            <p>{{ greeting }}</p>
            <p>gute Nachrichten: {{ therapist_name }} bietet Ihnen probatorische Sitzungen an.</p>
            <p>Praxis: {{ therapist_name }}<br>
            Adresse: {{ therapist_address }}<br>
            Telefon: {{ therapist_phone }}<br>
            Telefonisch erreichbar: {{ phone_hours }}</p>
            <p>Bitte rufen Sie in dieser Zeit an und sagen Sie:<br>„{{ first_call_script }}“</p>
            <p>Mit freundlichen Grüßen<br>Ihr Boona-Team</p>
            """),
        [TemplateKind.PatientProgress] = new(
            "Ihre Therapieplatzsuche: {{ practices_contacted }} Praxen angefragt, {{ answers }} Antworten",
            """
            {{ greeting }}

            hier der Stand Ihrer Suche ({{ reference }}):
            - angefragte Praxen: {{ practices_contacted }}
            - Antworten bisher: {{ answers }}
            - Anfragen ohne Antwort: {{ open_inquiries }}

            Wie es weitergeht: {{ next_steps }}

            Mit freundlichen Grüßen
            Ihr Boona-Team
            """,
            """
            <p>{{ greeting }}</p>
            <p>hier der Stand Ihrer Suche ({{ reference }}):</p>
            <ul>
            <li>angefragte Praxen: {{ practices_contacted }}</li>
            <li>Antworten bisher: {{ answers }}</li>
            <li>Anfragen ohne Antwort: {{ open_inquiries }}</li>
            </ul>
            <p>Wie es weitergeht: {{ next_steps }}</p>
            <p>Mit freundlichen Grüßen<br>Ihr Boona-Team</p>
            """),
        [TemplateKind.LegalFooter] = new(
            string.Empty,
            """
            Boona – Vermittlung von Psychotherapieplätzen
            Musterstraße 1, 10115 Berlin
            Impressum: https://boona.app/impressum
            """,
            """
            <p>Boona – Vermittlung von Psychotherapieplätzen<br>
            Musterstraße 1, 10115 Berlin<br>
            <a href="https://boona.app/impressum">Impressum</a></p>
            """),
    };

    public static EmailTemplateText For(TemplateKind kind) => Texts[kind];
}
