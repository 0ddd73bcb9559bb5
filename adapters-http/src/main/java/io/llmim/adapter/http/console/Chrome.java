package io.llmim.adapter.http.console;

/**
 * What every page's frame shows: its title, which section of the navigation is current, whether
 * the console is signed in or open to anyone (said in the header), and where its scripts are.
 */
public record Chrome(String title, String section, Access access, Assets assets) {

    public enum Access {
        /** Tokens are configured: the reader has signed in and may sign out. */
        SIGNED_IN,
        /** No tokens are configured: the console, like the API, is open to anyone who reaches it. */
        OPEN
    }

    public boolean current(String name) {
        return section.equals(name);
    }

    public boolean open() {
        return access == Access.OPEN;
    }
}
