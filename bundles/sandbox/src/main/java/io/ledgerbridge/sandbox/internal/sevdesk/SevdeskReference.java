package io.ledgerbridge.sandbox.internal.sevdesk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Read-only seed data: the SevUser, the check account, communication way keys, tax rules and StaticCountry.
 * Only DE = 1 is a confirmed sevdesk country id; the others are sandbox ids, so always look them up.
 */
final class SevdeskReference {

    static final String SEV_USER_ID = "1";
    static final String SEV_CLIENT_ID = "1";
    static final String CHECK_ACCOUNT_ID = "5000";
    static final Set<String> INVOICE_TAX_RULES = Set.of("1", "2", "3", "4", "5", "11", "17", "18", "19", "20", "21");
    static final Set<String> TAX_TYPES = Set.of("default", "eu", "noteu", "custom", "ss");
    static final Set<String> INVOICE_TYPES = Set.of("RE", "WKR", "SR", "MA", "TR", "AR", "ER");
    static final Set<String> COMMUNICATION_TYPES = Set.of("EMAIL", "PHONE", "WEB", "MOBILE", "FAX");

    private static final String[][] COUNTRIES = {
        {"1", "de", "Deutschland", "Germany"}, {"2", "at", "Österreich", "Austria"},
        {"3", "ch", "Schweiz", "Switzerland"}, {"10", "fr", "Frankreich", "France"},
        {"11", "nl", "Niederlande", "Netherlands"}, {"12", "be", "Belgien", "Belgium"},
        {"13", "gb", "Vereinigtes Königreich", "United Kingdom"}, {"14", "us", "USA", "United States"},
        {"15", "it", "Italien", "Italy"}, {"16", "es", "Spanien", "Spain"},
        {"17", "lu", "Luxemburg", "Luxembourg"}, {"18", "pl", "Polen", "Poland"},
        {"19", "dk", "Dänemark", "Denmark"}, {"20", "se", "Schweden", "Sweden"},
    };
    private static final String[] KEYS = {
        "Privat", "Arbeit", "Fax", "Mobil", " ", "Autobox", "Newsletter", "Rechnungsadresse"
    };

    private SevdeskReference() {}

    static List<ObjectNode> countries() {
        List<ObjectNode> result = new ArrayList<>();
        for (String[] country : COUNTRIES) {
            result.add(Json.object()
                    .put("id", country[0])
                    .put("objectName", "StaticCountry")
                    .put("code", country[1])
                    .put("name", country[2])
                    .put("nameEn", country[3])
                    .put("translationCode", "COUNTRY_" + country[1].toUpperCase(Locale.ROOT))
                    .put("locale", country[1] + "_" + country[1].toUpperCase(Locale.ROOT))
                    .put("priority", "1".equals(country[0]) ? "100" : "0"));
        }
        return result;
    }

    static boolean isCountry(String id) {
        for (String[] country : COUNTRIES) {
            if (country[0].equals(id)) {
                return true;
            }
        }
        return false;
    }

    static ObjectNode sevUser(String createdAt) {
        return Json.object()
                .put("id", SEV_USER_ID)
                .put("objectName", "SevUser")
                .put("create", createdAt)
                .put("username", "sandbox@ledgerbridge.test")
                .put("firstName", "Sandra")
                .put("lastName", "Sandbox")
                .put("fullname", "Sandra Sandbox")
                .put("email", "sandbox@ledgerbridge.test")
                .put("status", "100")
                .put("role", "admin")
                .set("sevClient", SevdeskFormat.ref(SEV_CLIENT_ID, "SevClient"));
    }

    static ObjectNode checkAccount(String createdAt) {
        return Json.object()
                .put("id", CHECK_ACCOUNT_ID)
                .put("objectName", "CheckAccount")
                .put("create", createdAt)
                .put("name", "Geschäftskonto (Sandbox)")
                .put("type", "offline")
                .put("currency", "EUR")
                .put("status", "100")
                .put("defaultAccount", "1")
                .set("sevClient", SevdeskFormat.ref(SEV_CLIENT_ID, "SevClient"));
    }

    static List<ObjectNode> communicationWayKeys() {
        List<ObjectNode> result = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            result.add(Json.object()
                    .put("id", String.valueOf(i + 1))
                    .put("objectName", "CommunicationWayKey")
                    .put("name", KEYS[i])
                    .put("translationCode", "COMM_WAY_KEY_" + (i + 1)));
        }
        return result;
    }

    static boolean isCommunicationWayKey(String id) {
        return id != null && id.matches("[1-8]");
    }
}
