package io.llmim.adapter.persistence;

import io.llmim.application.settings.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageSettingsTest {

    @Test
    void a_database_other_than_sqlite_or_postgresql_is_refused_naming_the_url() {
        assertThatThrownBy(() -> new StorageSettings("jdbc:mysql://db/incidents", "", "DB_PASSWORD", 10))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo("url"));
    }

    @Test
    void an_empty_pool_is_refused_naming_the_pool_size() {
        assertThatThrownBy(() -> new StorageSettings("jdbc:sqlite:x.db", "", "DB_PASSWORD", 0))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo("pool_size"));
    }

    @Test
    void the_password_comes_from_the_variable_password_env_names() {
        StorageSettings settings = new StorageSettings("jdbc:postgresql://db/incidents", "llmim", "DB_PASSWORD", 10);

        assertThat(settings.password(Map.of("DB_PASSWORD", "s3cret"))).isEqualTo("s3cret");
        assertThat(settings.password(Map.of())).isEmpty();
    }
}
