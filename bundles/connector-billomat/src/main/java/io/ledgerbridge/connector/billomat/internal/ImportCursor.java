package io.ledgerbridge.connector.billomat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an import of Billomat invoices continues: the invoices are read in id order (Billomat has no "changed since"
 * filter), so the cursor keeps the last invoice read, its position in that order (to find its page again), and the
 * drafts passed on the way (imported once they are completed). Written as {@code v1;last=42;seen=40;drafts=7,9}.
 *
 * @param lastId the highest invoice id read
 * @param seen how many invoices (of all states, in id order) come up to and including it
 * @param drafts ids of drafts passed, oldest first
 */
record ImportCursor(long lastId, int seen, List<Long> drafts) {
    /** The engine stores cursors of up to 2000 characters. */
    static final int MAX_DRAFTS = 150;

    static final ImportCursor START = new ImportCursor(0, 0, List.of());
    private static final Pattern FORMAT = Pattern.compile("v1;last=(\\d{1,18});seen=(\\d{1,9});drafts=([\\d,]*)");

    ImportCursor {
        drafts = List.copyOf(drafts);
    }

    /** The cursor, or {@link #START} for none (and for one this version cannot read: a fresh scan loses nothing). */
    static ImportCursor parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return START;
        }
        List<Long> drafts = new ArrayList<>();
        for (String id : matcher.group(3).split(",")) {
            if (!id.isEmpty()) {
                drafts.add(Long.parseLong(id));
            }
        }
        return new ImportCursor(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2)), drafts);
    }

    /** After reading the invoice at this position (1-based over all invoices in id order). */
    ImportCursor passed(long invoiceId, int position) {
        return new ImportCursor(Math.max(lastId, invoiceId), position, drafts);
    }

    /** With a draft to look at again; the oldest is dropped beyond {@link #MAX_DRAFTS}. */
    ImportCursor withDraft(long invoiceId) {
        List<Long> more = new ArrayList<>(drafts);
        more.remove(Long.valueOf(invoiceId));
        more.add(invoiceId);
        return new ImportCursor(lastId, seen, more.size() > MAX_DRAFTS ? more.subList(1, more.size()) : more);
    }

    /** Without a draft that was completed, deleted or cancelled. */
    ImportCursor withoutDraft(long invoiceId) {
        List<Long> fewer = new ArrayList<>(drafts);
        fewer.remove(Long.valueOf(invoiceId));
        return new ImportCursor(lastId, seen, fewer);
    }

    /** The page (of the given size) holding the last invoice read, where reading continues. */
    int anchorPage(int perPage) {
        return seen == 0 ? 1 : (seen - 1) / perPage + 1;
    }

    String text() {
        StringBuilder ids = new StringBuilder();
        drafts.forEach(id -> ids.append(ids.length() == 0 ? "" : ",").append(id));
        return "v1;last=" + lastId + ";seen=" + seen + ";drafts=" + ids;
    }
}
