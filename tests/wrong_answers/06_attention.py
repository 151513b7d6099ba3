"""Plausible wrong answers to the exercises of 06-attention; the check cells must catch each one."""

WRONG_ANSWERS = {
    "softmax": {
        "unstable: no shift": """
            def softmax(z, axis=-1):
                e = np.exp(z)
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "axis ignored (always the last one)": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z, axis=-1, keepdims=True))
                return e / np.sum(e, axis=-1, keepdims=True)
        """,
        "maximum along the last axis, sum along the given one": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z, axis=-1, keepdims=True))
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "one global maximum instead of one per row": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z))
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "normalised over the whole array": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z))
                return e / np.sum(e)
        """,
    },
    "causal_mask": {
        "upper triangle (attends to the future)": """
            def causal_mask(L):
                return np.triu(np.ones((L, L), dtype=bool))
        """,
        "strictly lower triangle (cannot see itself)": """
            def causal_mask(L):
                return np.tril(np.ones((L, L), dtype=bool), k=-1)
        """,
        "zeros and ones instead of booleans": """
            def causal_mask(L):
                return np.tril(np.ones((L, L)))
        """,
    },
    "scaled_dot_product_attention": {
        "no scaling": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "divides by d_k instead of sqrt(d_k)": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / K.shape[1]
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "softmax over the wrong axis": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=0)
                return weights @ V, weights
        """,
        "unstable softmax": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                e = np.exp(scores)
                weights = e / e.sum(axis=-1, keepdims=True)
                return weights @ V, weights
        """,
        "mask applied after the softmax": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                weights = softmax(Q @ K.T / np.sqrt(K.shape[1]), axis=-1)
                if mask is not None:
                    weights = np.where(mask, weights, 0.0)
                return weights @ V, weights
        """,
        "mask ignored": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                weights = softmax(Q @ K.T / np.sqrt(K.shape[1]), axis=-1)
                return weights @ V, weights
        """,
        "K Q^T instead of Q K^T": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = K @ Q.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "returns (weights, output) in the wrong order": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights, weights @ V
        """,
        "returns only the output": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                return softmax(scores, axis=-1) @ V
        """,
    },
    "self_attention": {
        "queries and keys swapped": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                output, _ = scaled_dot_product_attention(X @ Wk, X @ Wq, X @ Wv, mask)
                return output
        """,
        "mask not passed on": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                output, _ = scaled_dot_product_attention(X @ Wq, X @ Wk, X @ Wv)
                return output
        """,
        "returns the weights too": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                return scaled_dot_product_attention(X @ Wq, X @ Wk, X @ Wv, mask)
        """,
        "values taken from X directly": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                output, _ = scaled_dot_product_attention(X @ Wq, X @ Wk, X, mask)
                return output
        """,
    },
}
