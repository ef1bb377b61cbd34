import {render, screen} from '@testing-library/react';
import Inferred, {INFERENCE_EXPLANATION, INFERENCE_TITLE} from '.';

describe('Inferred', () => {
  it('marks an inference with a link to the explanation of the convention', () => {
    render(
      <p>
        The decoder tries every key in order <Inferred />.
      </p>,
    );
    const mark = screen.getByRole('link', {name: 'inference'});
    expect(mark).toHaveAttribute('href', INFERENCE_EXPLANATION);
    expect(mark).toHaveAttribute('title', INFERENCE_TITLE);
    expect(mark).toHaveAccessibleDescription(INFERENCE_TITLE);
  });
});
