package com.example;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A controller that answers with the generated statuses, through toSpring(). */
@RestController
public class Orders {
    @GetMapping("/orders/missing")
    public ResponseEntity<Void> missing() {
        return ResponseEntity.status(AcmeStatus.NOT_FOUND.toSpring()).build();
    }

    @GetMapping("/orders/abandoned")
    public ResponseEntity<Void> abandoned() {
        return ResponseEntity.status(AcmeStatus.CLIENT_CLOSED_REQUEST.toSpring())
                .build();
    }

    @GetMapping("/orders/late")
    public ResponseEntity<Void> late() {
        throw new ResponseStatusException(AcmeStatus.CLIENT_CLOSED_REQUEST.toSpring(), "the client went away");
    }
}
