package org.juesuan.store;

/**
 * The organization as the store groups versions by: the printed name without spaces and
 * punctuation. (Normalising 上海市普陀区财政局 and 普陀区财政局 to one is the cross-year part's work.)
 */
final class OrganizationKey {
    private OrganizationKey() {
    }

    static String of(String organization) {
        if (organization == null) {
            return null;
        }
        String key = organization.replaceAll("[\\s\\p{P}]", "");
        return key.isEmpty() ? null : key;
    }
}
