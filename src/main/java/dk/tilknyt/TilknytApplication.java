package dk.tilknyt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TilknytApplication {

    public static void main(String[] args) {
        SpringApplication.run(TilknytApplication.class, args);
    }
}
