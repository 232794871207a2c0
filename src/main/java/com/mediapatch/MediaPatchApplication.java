package com.mediapatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MediaPatchApplication {

    public static void main(String[] args) {
        Commands.run(System.out, args).ifPresentOrElse(System::exit,
                () -> SpringApplication.run(MediaPatchApplication.class, args));
    }
}
